import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { effectivePort } from "../import/allow-hosts";
import { checkUrl } from "../import/check-url";
import { pinnedLookup } from "../import/pinned-lookup";
import { decodedStream } from "../import/read-body";
import { resolveHost, type HostLookup } from "../import/resolve-host";
import { abortable } from "./abortable";
import type { CaptureBudget } from "./capture-budget";
import type { ConnectionPool } from "./connection-pool";
import type { Exchange } from "./exchange";
import { forwardedRequestHeaders, resourceResponseHeaders } from "./http-headers";

export type OutgoingRequest = { url: string; method: string; headers: Record<string, string>; body: Buffer | null };

/**
 * One HTTP exchange of a capture, through the same guard as URL import and never following a
 * redirect (the caller checks each hop again):
 * - `checkUrl` (scheme, credentials, private literal addresses, ports 80/443 unless the host
 *   is in `allowHosts` with its port) and `resolveHost` (every DNS answer public unicast) throw
 *   an ImportError before anything is sent;
 * - the connection is pinned to the checked addresses (`pinnedLookup`), so DNS rebinding
 *   cannot move it; connections are fresh per request, or kept within the capture's own
 *   `pool` (see connection-pool.ts), never shared with anything else;
 * - the decoded body is counted against the capture's byte budget as it streams, so a 50 MB
 *   response is cut off at the budget (a declared Content-Length beyond it before reading);
 * - `signal` (the capture's) aborts it; the promise then rejects with the signal's reason.
 * Any method and body the page sends is forwarded, with the page's headers (see
 * `forwardedRequestHeaders`); the answer is any status and media type.
 */
export async function guardedFetch(
  request: OutgoingRequest,
  {
    allowHosts,
    lookup,
    budget,
    signal,
    pool,
  }: { allowHosts: readonly string[]; lookup: HostLookup; budget: CaptureBudget; signal: AbortSignal; pool?: ConnectionPool },
): Promise<Exchange> {
  const target = checkUrl(request.url, allowHosts);
  const addresses = await abortable(resolveHost(target, lookup), signal);
  const { url } = target;
  const date = new Date().toISOString();
  const headers: Record<string, string> = {
    ...forwardedRequestHeaders(request.headers),
    host: url.host,
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.body && request.body.length > 0) headers["content-length"] = String(request.body.length);

  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request({
      protocol: url.protocol,
      host: target.host,
      servername: target.isAddress ? undefined : target.host,
      port: Number(effectivePort(url)),
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers,
      lookup: pinnedLookup(addresses),
      agent: pool ? pool.agentFor(url) : false,
      signal,
    });
    req.on("error", reject);
    req.once("response", resolve);
    req.end(request.body && request.body.length > 0 ? request.body : undefined);
  });
  try {
    res.on("error", () => undefined);
    const declared = Number(res.headers["content-length"]);
    // A declared length is at most the decoded size: beyond the budget, refuse before reading.
    if (Number.isFinite(declared) && budget.bytes() + declared > budget.maxBytes) budget.take(declared);
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of abortableStream(decodedStream(res), signal)) {
      budget.take(chunk.length);
      chunks.push(chunk);
      length += chunk.length;
    }
    return {
      url: url.href,
      date,
      method: request.method,
      requestHeaders: Object.entries(headers),
      requestBody: request.body && request.body.length > 0 ? request.body : null,
      status: res.statusCode ?? 0,
      statusText: res.statusMessage ?? "",
      responseHeaders: resourceResponseHeaders(res.rawHeaders),
      body: Buffer.concat(chunks, length),
      address: res.socket?.remoteAddress ?? addresses[0]!.address,
    };
  } finally {
    // A fully read response leaves its connection to the pool; one cut short is closed.
    if (!res.complete) res.destroy();
  }
}

/** Iterates a stream, destroying it (and so rejecting) when the signal aborts. */
async function* abortableStream(stream: NodeJS.ReadableStream & { destroy(error?: Error): void }, signal: AbortSignal): AsyncGenerator<Buffer> {
  const onAbort = () => stream.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
  if (signal.aborted) onAbort();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    if (signal.aborted) throw signal.reason;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
