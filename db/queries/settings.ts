import { eq } from "drizzle-orm";
import type { Transaction } from "../client";
import { db } from "../connection";
import { settings } from "../schema";

export function getSetting(key: string): string | undefined {
  return db().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

/** Sets a workspace setting; pass `tx` to make it part of a larger transaction. */
export function setSetting(key: string, value: string, tx: Transaction | ReturnType<typeof db> = db()): void {
  tx.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date().toISOString() } })
    .run();
}
