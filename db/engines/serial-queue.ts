/**
 * Runs the tasks given to it one at a time, in the order they were given; a task that fails
 * does not stop the ones after it. SQLite's single writer waits here, without blocking the
 * event loop, instead of in SQLite's busy handler, which would.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
