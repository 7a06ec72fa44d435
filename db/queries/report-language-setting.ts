import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import { forUpdate, writeTransaction } from "../connection";
import { investigations } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";

/**
 * Sets the language the investigation's reports (HTML, PDF, Markdown, the public report) are
 * written in (editors and admins), if it is still at `version` (CONFLICT otherwise); recorded
 * as "investigation.settings-changed" with `reportLanguage: [old, new]`. Returns the new
 * version (the same one when nothing changed). NOT_FOUND when it is gone.
 */
export async function setInvestigationReportLanguage({
  actor,
  id,
  version,
  reportLanguage,
}: {
  actor: Actor;
  id: string;
  version: number;
  reportLanguage: Locale;
}) {
  assertAllowed(canManageInvestigations(actor), "Only editors can change the report language.");
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, id)));
    if (!current) throw new AppError("NOT_FOUND", "This investigation does not exist or was deleted.");
    if (current.version !== version)
      throw new AppError("CONFLICT", "Someone else changed this investigation's settings after you opened them. Reload to see their change.");
    if (current.reportLanguage === reportLanguage) return { version: current.version };
    await tx
      .update(investigations)
      .set({ reportLanguage, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(investigations.id, id), eq(investigations.version, version)));
    await recordEvent({
      actorId: actor.id,
      action: "investigation.settings-changed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: { reportLanguage: [current.reportLanguage, reportLanguage] },
    });
    return { version: current.version + 1 };
  });
}
