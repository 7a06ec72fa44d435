/**
 * Worker-thread entry for captures (db/capture-thread.ts): runs lib/capture's `capturePage`
 * for each job the server's thread sends, several at once, and answers with the page or the
 * failure's reason and message. The thread owns its capturing browser and closes it when told.
 */
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { capturePage, isCaptureError, shutdownCaptureBrowser, type CaptureLimits } from "@/lib/capture";

type Request = { id: number; url: string; limits: CaptureLimits } | { close: true };

/**
 * Captures yield the CPU to the server's requests: on Linux a priority set with pid 0 is the
 * calling thread's (this one, not the server's), and the capturing Chromium, launched from
 * this thread, inherits it with every process it starts. Measured in `npm run bench -- capture-queue`.
 */
const CAPTURE_NICENESS = 15;
try {
  setPriority(0, CAPTURE_NICENESS);
} catch (error) {
  console.error("Captures: could not lower the capture thread's priority; captures compete with requests for the CPU.", error);
}

const port = parentPort!;
port.on("message", (request: Request) => {
  if ("close" in request) {
    void shutdownCaptureBrowser().finally(() => port.close());
    return;
  }
  const { id, url, limits } = request;
  capturePage(url, limits).then(
    (page) => port.postMessage({ id, ok: true, page }),
    (error: unknown) =>
      port.postMessage({
        id,
        ok: false,
        reason: isCaptureError(error) ? error.reason : "internal",
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
port.postMessage({ ready: true });
