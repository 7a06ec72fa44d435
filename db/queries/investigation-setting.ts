import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import { forUpdate, writeTransaction } from "../connection";
import { investigations } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { indexFactsOfInvestigation } from "./search-index";

/** The settings of an investigation that are one value each, changed on their own. */
type OneValueSettings = { fourEyes: boolean; reportLanguage: Locale };

/**
 * Sets one of an investigation's single-value settings (editors and admins; `refusal` says
 * why not to anyone else), if it is still at `version` (CONFLICT otherwise); recorded as
 * "investigation.settings-changed" with `{ [setting]: [old, new] }`. Returns the new version
 * (the same one when nothing changed). NOT_FOUND when it is gone.
 */
export async function setInvestigationSetting<Setting extends keyof OneValueSettings>({
  actor,
  id,
  version,
  setting,
  value,
  refusal,
}: {
  actor: Actor;
  id: string;
  version: number;
  setting: Setting;
  value: OneValueSettings[Setting];
  refusal: string;
}): Promise<{ version: number }> {
  assertAllowed(canManageInvestigations(actor), refusal);
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, id)));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    if (current.version !== version) throw new AppError("CONFLICT", { key: "Errors.conflict.investigationSettingsChanged" });
    if (current[setting] === value) return { version: current.version };
    await tx
      .update(investigations)
      .set({ [setting]: value, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(investigations.id, id), eq(investigations.version, version)));
    // Facts are indexed in the report language (their titles are written in it).
    if (setting === "reportLanguage") await indexFactsOfInvestigation(id);
    await recordEvent({
      actorId: actor.id,
      action: "investigation.settings-changed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: { [setting]: [current[setting], value] },
    });
    return { version: current.version + 1 };
  });
}
