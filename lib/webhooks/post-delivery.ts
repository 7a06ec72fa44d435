import http from "node:http";
import https from "node:https";
import { effectivePort } from "../import/allow-hosts";
import { startDeadline } from "../import/deadline";
import { USER_AGENT } from "../import/fetch-once";
import { pinnedLookup } from "../import/pinned-lookup";
import type { HostLookup } from "../import/resolve-host";
import { checkWebhookAddress, WebhookAddressError } from "./check-address";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from "./signature";

/** What one attempt came to: `ok` for a 2xx answer; otherwise the status (when there was one) and why, in words. */
export type DeliveryAttempt = { ok: boolean; status: number | null; error: string | null };

export type DeliveryRequest = {
  url: string;
  secret: string;
  deliveryId: string;
  event: string;
  body: string;
  /** Unix seconds; signed with the body. */
  timestamp: number;
};

export type PostOptions = { allowHosts: readonly string[]; timeoutMs?: number; lookup?: HostLookup };

export const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery: the address is checked again (checkWebhookAddress) and the connection
 * pinned to the addresses checked; headers `Content-Type: application/json`, the delivery id,
 * the event, the timestamp and the signature (signature.ts); at most `timeoutMs` (10 s) for
 * everything; a redirect is NOT followed (it counts as a failure: its target was never
 * checked); the answer's body is read up to 64 KB and dropped. Never throws for anything the
 * receiver or the network does: that is a failed attempt, to be retried.
 */
export async function postDelivery(request: DeliveryRequest, { allowHosts, timeoutMs = DELIVERY_TIMEOUT_MS, lookup }: PostOptions): Promise<DeliveryAttempt> {
  const deadline = startDeadline(timeoutMs);
  try {
    const { target, addresses } = await deadline.race(checkWebhookAddress(request.url, allowHosts, lookup));
    const status = await new Promise<number>((resolve, reject) => {
      const { url } = target;
      const body = Buffer.from(request.body, "utf8");
      const req = (url.protocol === "https:" ? https : http).request({
        protocol: url.protocol,
        host: target.host,
        port: Number(effectivePort(url)),
        path: `${url.pathname}${url.search}`,
        method: "POST",
        headers: {
          Host: url.host,
          "User-Agent": USER_AGENT,
          "Content-Type": "application/json",
          "Content-Length": String(body.length),
          [DELIVERY_HEADER]: request.deliveryId,
          [EVENT_HEADER]: request.event,
          [TIMESTAMP_HEADER]: String(request.timestamp),
          [SIGNATURE_HEADER]: signWebhookBody(request.secret, request.timestamp, request.body),
        },
        lookup: pinnedLookup(addresses),
        agent: false,
        signal: deadline.signal,
      });
      req.on("error", reject);
      req.once("response", (res) => {
        res.on("error", () => undefined);
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > 64 * 1024) req.destroy();
        });
        res.once("end", () => resolve(res.statusCode ?? 0));
        res.once("close", () => resolve(res.statusCode ?? 0));
      });
      req.end(body);
    });
    if (status >= 200 && status <= 299) return { ok: true, status, error: null };
    if (status >= 300 && status <= 399)
      return { ok: false, status, error: `The receiver answered with a redirect (HTTP ${status}); redirects are not followed.` };
    return { ok: false, status, error: `The receiver answered HTTP ${status}.` };
  } catch (error) {
    if (deadline.signal.aborted) return { ok: false, status: null, error: `No answer within ${timeoutMs / 1000} seconds.` };
    if (error instanceof WebhookAddressError) return { ok: false, status: null, error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, status: null, error: `Could not connect to the receiver${code ? ` (${code})` : ""}.` };
  } finally {
    deadline.dispose();
  }
}
