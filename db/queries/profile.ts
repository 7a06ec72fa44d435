import "server-only";
import { eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions";
import { writeTransaction } from "../connection";
import { users } from "../schema";

/** A person's own interface language; null follows their browser. Only their own account is touched. */
export async function setOwnLocale({ actor, locale }: { actor: Actor; locale: Locale | null }): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.update(users).set({ locale }).where(eq(users.id, actor.id));
  });
}
