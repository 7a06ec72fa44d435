import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How a webhook delivery is signed, so its receiver can tell it came from this workspace and
 * was not replayed later: `X-Corroborate-Signature: sha256=<hex>`, where `<hex>` is the
 * lowercase hex HMAC-SHA256, keyed with the webhook's secret (the text shown once when the
 * webhook was added, used as UTF-8 bytes), of `<timestamp>.<body>` — the
 * `X-Corroborate-Timestamp` header (Unix seconds), a full stop, and the raw request body
 * exactly as received. A receiver recomputes it and compares in constant time, and refuses a
 * timestamp more than a few minutes old.
 */
export const SIGNATURE_HEADER = "X-Corroborate-Signature";
export const TIMESTAMP_HEADER = "X-Corroborate-Timestamp";
export const DELIVERY_HEADER = "X-Corroborate-Delivery";
export const EVENT_HEADER = "X-Corroborate-Event";

/** The value of the signature header for `body` sent at `timestamp` (Unix seconds). */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

/** What a receiver does: true when `signature` is the one `secret` gives for `timestamp` and `body` (constant-time). */
export function verifyWebhookSignature(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
