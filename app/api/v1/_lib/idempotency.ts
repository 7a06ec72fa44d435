import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { reserveIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "@/db/queries/idempotency";
import type { Actor } from "@/lib/permissions";

/** Longest body an idempotent request may have (creates are small; imports are not idempotent). */
const maxIdempotentBodyBytes = 1024 * 1024;
const keyPattern = /^[\x21-\x7e]{1,200}$/;

type Refusal = { status: number; code: string; message: string };

/**
 * `POST` with an `Idempotency-Key` header: the first request runs; a resend with the same key
 * and the same body gets the first answer again (with `Idempotent-Replayed: true`) instead of
 * running twice; the same key with another body is refused (422); a resend while the first is
 * still running gets 409. Failed requests release their key. Keys are per account.
 */
export async function withIdempotency(
  request: NextRequest,
  actor: Actor,
  run: () => Promise<Response>,
  refuse: (refusal: Refusal) => Response,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (request.method !== "POST" || key === null) return run();
  if (!keyPattern.test(key))
    return refuse({ status: 400, code: "BAD_REQUEST", message: "`Idempotency-Key` must be 1 to 200 visible ASCII characters, e.g. a UUID." });
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (!(declared <= maxIdempotentBodyBytes))
    return refuse({ status: 413, code: "PAYLOAD_TOO_LARGE", message: "With `Idempotency-Key`, send a body of at most 1 MB with its Content-Length." });
  const body = await request.clone().text();
  const requestHash = createHash("sha256").update(`${request.method} ${request.nextUrl.pathname}\n${body}`).digest("hex");
  const reservation = await reserveIdempotencyKey({ actor, key, requestHash });
  if (reservation.kind === "reused")
    return refuse({
      status: 422,
      code: "IDEMPOTENCY_KEY_REUSED",
      message: "This Idempotency-Key was already used for a different request. Use a new key for each new request.",
    });
  if (reservation.kind === "in-progress")
    return refuse({
      status: 409,
      code: "IDEMPOTENCY_IN_PROGRESS",
      message: "The first request with this Idempotency-Key is still running. Retry in a moment.",
    });
  if (reservation.kind === "replay")
    return new Response(reservation.body, {
      status: reservation.status,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store", "Idempotent-Replayed": "true" },
    });
  try {
    const response = await run();
    if (response.ok) await completeIdempotencyKey({ actor, key, status: response.status, body: await response.clone().text() });
    else await releaseIdempotencyKey({ actor, key });
    return response;
  } catch (error) {
    await releaseIdempotencyKey({ actor, key });
    throw error;
  }
}
