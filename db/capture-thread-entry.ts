/**
 * Worker-thread entry for captures (db/capture-thread.ts): runs lib/capture's `capturePage`
 * for each job the server's thread sends, several at once, and answers with the page or the
 * failure's reason and message. The thread owns its capturing browser and closes it when told.
 */
import { parentPort } from "node:worker_threads";
import { capturePage, isCaptureError, shutdownCaptureBrowser, type CaptureLimits } from "@/lib/capture";

type Request = { id: number; url: string; limits: CaptureLimits } | { close: true };

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
