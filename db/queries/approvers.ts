import "server-only";
import { asc, inArray, isNull, and } from "drizzle-orm";
import { db } from "../connection";
import { users } from "../schema";

/** The people who may approve claims: active editors and admins, by name (ties by id). Four eyes names them. */
export async function listApprovers(): Promise<{ id: string; name: string }[]> {
  return db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.role, ["editor", "admin"])))
    .orderBy(asc(users.name), asc(users.id));
}
