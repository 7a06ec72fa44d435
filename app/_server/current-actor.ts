import { cache } from "react";
import { redirect } from "next/navigation";
import { auth, type SessionWithVersion } from "@/app/(auth)/auth";
import { getActorBySession } from "@/db/queries/users";
import type { Actor } from "@/lib/permissions";

/** The account and session version a request's session cookie names (not yet checked), and when it signed in. */
export type SessionKey = { userId: string; sessionVersion: number; signedInAt?: number };

/** The session key of this request's cookie, or null when there is no valid session JWT. */
export const getSessionKey = cache(async (): Promise<SessionKey | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const { sessionVersion, signedInAt } = (session as SessionWithVersion | null) ?? {};
  if (!userId || typeof sessionVersion !== "number") return null;
  return { userId, sessionVersion, signedInAt };
});

/**
 * The signed-in user for this request, re-read from the database (once per request), or
 * null when signed out, disabled, or signed out everywhere by a role change or reset.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const key = await getSessionKey();
  return key ? await getActorBySession({ userId: key.userId, sessionVersion: key.sessionVersion }) : null;
});

/** The signed-in user, or a redirect to sign-in (for pages and server actions). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin?ended=1");
  return actor;
}
