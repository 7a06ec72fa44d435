import http from "node:http";
import { port } from "./support";

/** One Server-Sent Event as received, with when it arrived (ms since the stream opened). */
export type ReceivedEvent = { event: string; data: string; atMs: number };

/**
 * An open `text/event-stream` response read as it arrives: the events so far, and a promise
 * that settles when the server closes the stream (with the time it did).
 */
export type OpenStream = { status: number; events: ReceivedEvent[]; closed: Promise<number>; close: () => void };

export function openEventStream(path: string, headers: Record<string, string>): Promise<OpenStream> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, agent: false, headers: { Host: `localhost:${port}`, Accept: "text/event-stream", ...headers } },
      (response) => {
        const events: ReceivedEvent[] = [];
        let buffer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const field = (name: string) =>
              block
                .split("\n")
                .find((line) => line.startsWith(`${name}: `))
                ?.slice(name.length + 2);
            if (field("event") || field("data"))
              events.push({ event: field("event") ?? "message", data: field("data") ?? "", atMs: performance.now() - started });
          }
        });
        const closed = new Promise<number>((done) => {
          response.on("end", () => done(performance.now() - started));
          response.on("close", () => done(performance.now() - started));
        });
        resolve({ status: response.statusCode ?? 0, events, closed, close: () => request.destroy() });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Resolves once `condition` holds, polling every 50 ms; rejects after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
