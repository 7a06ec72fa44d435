/**
 * One time budget for a whole operation (DNS, connect, redirects and body). `signal` aborts
 * when the budget runs out; `race` makes a promise that cannot itself be cancelled (a DNS
 * lookup) give up at the deadline by rejecting with the signal's reason. `dispose` clears the
 * timer and must be called when the operation ends, however it ends.
 */
export type Deadline = {
  signal: AbortSignal;
  race<T>(work: Promise<T>): Promise<T>;
  dispose(): void;
};

export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`Deadline of ${ms} ms passed`)), ms);
  const { signal } = controller;
  return {
    signal,
    race<T>(work: Promise<T>): Promise<T> {
      if (signal.aborted) return Promise.reject(signal.reason);
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        work.then(
          (value) => {
            signal.removeEventListener("abort", onAbort);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener("abort", onAbort);
            reject(error);
          },
        );
      });
    },
    dispose: () => clearTimeout(timer),
  };
}
