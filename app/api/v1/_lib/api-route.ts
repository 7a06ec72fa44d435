import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActorByApiToken } from "@/db/queries/api-tokens";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { AppError, httpStatusOf, isAppError, localizeAppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/client-address";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/permissions";
import { securityLog } from "@/lib/security-log";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { findIllFormedText, illFormedTextMessage } from "@/lib/validation/well-formed-text";
import { withIdempotency } from "./idempotency";
import { parseIfMatch } from "@/lib/api/if-match";

/**
 * The one wrapper every `/api/v1` handler goes through: it authenticates the bearer token
 * itself (no cookies, so cross-site requests carry no credentials), maps AppErrors and
 * invalid JSON to `{ error: { code, message, fields? } }` with the right status, and lets
 * anything else surface as a 500 with the cause logged.
 */
type Context<P> = { params: Promise<P> };
type Handler<P> = (args: { request: NextRequest; actor: Actor; params: P }) => Promise<Response> | Response;

export function errorResponse(status: number, code: string, message: string, fields?: Record<string, string>) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerTokenOf(request: NextRequest): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/** What a request gets while the database cannot be reached (restarting, failing over): retry shortly. */
export function databaseUnavailableResponse(): Response {
  const response = errorResponse(503, "UNAVAILABLE", "The database cannot be reached right now. Nothing was changed; try again in a few seconds.");
  response.headers.set("Retry-After", "5");
  return response;
}

export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    try {
      return await handle(handler, request, context);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
      throw error;
    }
  };
}

async function handle<P>(handler: Handler<P>, request: NextRequest, context: Context<P>): Promise<Response> {
  const token = bearerTokenOf(request);
  const actor = token ? await getActorByApiToken(token) : null;
  if (!actor) {
    const address = clientAddressOf(request.headers.get("x-forwarded-for"), env.trustedProxyHops);
    securityLog().recordSampled(`token-refused ${address}`, {
      event: "token-refused",
      outcome: "refused",
      address,
      target: `${request.method} ${request.nextUrl.pathname}`,
      detail: token ? "unknown, revoked or disabled" : "missing",
    });
    const response = errorResponse(401, "UNAUTHENTICATED", "Send a valid personal API token as `Authorization: Bearer <token>` (Settings → API tokens).");
    response.headers.set("WWW-Authenticate", 'Bearer realm="corroborate"');
    return response;
  }
  try {
    const params = await context.params;
    return await withIdempotency(
      request,
      actor,
      async () => handler({ request, actor, params }),
      (refusal) => errorResponse(refusal.status, refusal.code, refusal.message),
    );
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT" && request.headers.has("if-match")) {
      return errorResponse(412, "PRECONDITION_FAILED", error.message, localizeAppError(error, "en").fields);
    }
    if (isAppError(error) && error.code === "FORBIDDEN")
      securityLog().record({
        event: "access-denied",
        outcome: "refused",
        userId: actor.id,
        target: `${request.method} ${request.nextUrl.pathname}`,
        detail: error.message,
      });
    // The API answers in English: field messages that are catalogue keys are written out.
    if (isAppError(error)) return errorResponse(httpStatusOf[error.code], error.code, error.message, localizeAppError(error, "en").fields);
    if (error instanceof RequestBodyError) return errorResponse(error.status, error.code, error.message);
    throw error;
  }
}

/** The ETag of a versioned row: its version, as a strong validator. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/**
 * The version named by a request's `If-Match` header. PATCH and DELETE on versioned rows
 * require it: 428 when missing or not one of our ETags; 412 for a weak one, which never
 * matches under If-Match's strong comparison (RFC 9110 §13.1.1). A stale one surfaces later
 * as the query's CONFLICT, which `apiRoute` maps to 412 for requests that sent `If-Match`.
 */
export function requireIfMatch(request: NextRequest): number {
  const condition = parseIfMatch(request.headers.get("if-match"));
  if (condition.kind === "weak")
    throw new RequestBodyError(
      412,
      "PRECONDITION_FAILED",
      `A weak ETag (${condition.tag}) never matches \`If-Match\`: send the strong ETag from your last read, for example \`If-Match: "v3"\`.`,
    );
  if (condition.kind !== "version")
    throw new RequestBodyError(
      428,
      "PRECONDITION_REQUIRED",
      'Send `If-Match` with the ETag from your last read (for example `If-Match: "v3"`), so a change made meanwhile is not overwritten.',
    );
  return condition.version;
}

/** A refusal of the request itself (its size, type or preconditions), with its HTTP status. */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a JSON body of at most `maxBytes` and validates it with `schema`. Throws
 * (mapped by `apiRoute`) 413 when too large, 400 when not JSON, 422 with fields when invalid
 * or when any string in it holds a lone surrogate (which could not be stored as written).
 */
export async function readJson<S extends z.ZodType>(request: NextRequest, schema: S, maxBytes = 64 * 1024): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new RequestBodyError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new RequestBodyError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with `Content-Type: application/json`.");
  }
  const raw = await readTextUpTo(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new RequestBodyError(400, "BAD_REQUEST", "The request body is not valid JSON.");
  }
  const illFormed = findIllFormedText(body);
  if (illFormed)
    throw new AppError("INVALID", "The request body holds text that is not well-formed Unicode.", {
      fields: { [illFormed.path]: illFormedTextMessage(illFormed.index) },
    });
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID", "The request body is not valid.", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/**
 * The body as text, reading no more than `maxBytes`: a body sent without Content-Length
 * (chunked) that runs over is refused with 413 as soon as it does, not after it is all in memory.
 */
async function readTextUpTo(request: NextRequest, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RequestBodyError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
