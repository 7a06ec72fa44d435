import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { refusals } from "./refusals";

/**
 * Reads a response body into memory, refusing ("too-large") as soon as more than `maxBytes`
 * arrive — counted after decompression, so a small gzip bomb is cut off at the same cap —
 * rather than truncating. A declared Content-Length over the cap is refused before reading.
 * Handles gzip, deflate and br content encodings; any other encoding is refused
 * ("content-type"). When `signal` aborts, the response is destroyed and the promise rejects
 * with the signal's reason (the caller turns that into "timeout").
 */
export async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw refusals.tooLarge(maxBytes);

  const stream = decodedStream(res);
  const onAbort = () => res.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
  if (signal.aborted) onAbort();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw refusals.tooLarge(maxBytes);
      chunks.push(chunk);
    }
    if (signal.aborted) throw signal.reason;
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    signal.removeEventListener("abort", onAbort);
    res.destroy();
  }
}

/**
 * The body of a response with its Content-Encoding (gzip, deflate, br) undone; any other
 * encoding is refused ("content-type"). Also used by lib/capture for every resource it fetches.
 */
export function decodedStream(res: IncomingMessage): Readable {
  const encoding = (res.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder =
    encoding === "identity" || encoding === ""
      ? null
      : encoding === "gzip" || encoding === "x-gzip"
        ? createGunzip()
        : encoding === "deflate"
          ? createInflate()
          : encoding === "br"
            ? createBrotliDecompress()
            : undefined;
  if (decoder === undefined) throw refusals.contentEncoding(encoding.slice(0, 40));
  if (decoder === null) return res;
  return pipeline(res, decoder, () => {
    // Errors surface through the returned stream's async iterator.
  });
}
