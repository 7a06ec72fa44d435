/**
 * The work's result, or a rejection with the signal's reason as soon as the signal aborts,
 * for work that cannot itself be cancelled (a DNS lookup, a Playwright call with its own
 * timeout). The work's own later rejection is then ignored.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
