import type { NextRequest } from "next/server";
import { getSessionKey, type SessionKey } from "@/app/_server/current-actor";
import { getActorByApiToken } from "@/db/queries/api-tokens";
import { getActorBySession } from "@/db/queries/users";
import type { Actor } from "@/lib/permissions";
import { isWithinAbsoluteLimit } from "@/lib/session-limits";
import { bearerTokenOf } from "../../../_lib/api-route";

/**
 * What a live stream was opened with, kept so that it can be checked again while the stream
 * stays open: a bearer token, or the account and session version of the session cookie.
 * (A long-lived response cannot call `auth()` again: it has no request any more.)
 */
export type StreamCredential = { kind: "token"; token: string } | ({ kind: "session" } & SessionKey);

/** The request's bearer token if it sends one, else its session cookie's key; null when neither. */
export async function streamCredentialOf(request: NextRequest): Promise<StreamCredential | null> {
  const token = bearerTokenOf(request);
  if (token) return { kind: "token", token };
  const key = await getSessionKey();
  return key ? { kind: "session", ...key } : null;
}

/**
 * The user the credential acts for now, or null once it no longer holds: the token was
 * revoked or the session ended (signed out, disabled, role changed, password reset — each
 * moves the account's session version on), the account was disabled, or the session reached
 * its absolute limit (12 h after signing in).
 */
export async function actorOfStreamCredential(credential: StreamCredential, nowSeconds = Math.floor(Date.now() / 1000)): Promise<Actor | null> {
  if (credential.kind === "token") return await getActorByApiToken(credential.token);
  // Requests check the absolute limit when Auth.js reads the cookie; a stream outlives that read.
  if (!isWithinAbsoluteLimit(credential.signedInAt, nowSeconds)) return null;
  return await getActorBySession({ userId: credential.userId, sessionVersion: credential.sessionVersion });
}

/** How often an open stream re-checks its token or session when nothing happens. */
export const credentialRecheckMs = 2_000;

/** Why a stream ended, as sent in its final `event: end`. */
export function endReasonOf(credential: StreamCredential): "token-revoked" | "session-ended" {
  return credential.kind === "token" ? "token-revoked" : "session-ended";
}
