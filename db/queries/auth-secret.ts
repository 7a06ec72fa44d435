import "server-only";
import { randomBytes } from "node:crypto";
import { getOrInitSetting } from "./settings";

/**
 * On PostgreSQL, the secret that signs session cookies lives in the database (unless
 * AUTH_SECRET is set), made once, so that a session made on one server is valid on all.
 */
export function sharedAuthSecret(): Promise<string> {
  return getOrInitSetting("auth.secret", () => randomBytes(32).toString("base64url"));
}
