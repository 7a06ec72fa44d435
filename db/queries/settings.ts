import { eq } from "drizzle-orm";
import { db } from "../connection";
import { settings } from "../schema";

export function getSetting(key: string): string | undefined {
  return db().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

export function setSetting(key: string, value: string): void {
  db()
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date().toISOString() } })
    .run();
}
