import "server-only";
import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../connection";
import { settings } from "../schema";

export async function getSetting(key: string): Promise<string | undefined> {
  const [row] = await db().select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value;
}

/** Sets a workspace setting (inside the caller's transaction when there is one). */
export async function setSetting(key: string, value: string): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date().toISOString() } }),
  );
}

/**
 * The setting `key`, set to `initial()` first if it has none: every server that asks gets the
 * same value, even when several ask at once (the first insert wins, the others keep it).
 */
export async function getOrInitSetting(key: string, initial: () => string): Promise<string> {
  await writeTransaction((tx) => tx.insert(settings).values({ key, value: initial() }).onConflictDoNothing());
  const value = await getSetting(key);
  if (value === undefined) throw new Error(`The setting ${key} could not be read back.`);
  return value;
}
