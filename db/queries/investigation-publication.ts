import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { writeTransaction } from "../connection";
import { investigations } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { setDailyRecheck } from "./daily-recheck-setting";
import { setInvestigationReportLanguage } from "./report-language-setting";

/**
 * The API's change of an investigation (`PATCH /api/v1/investigations/{id}`): its published
 * address, its report language and its daily re-check of captured evidence, each when given,
 * saved together or not at all, if the investigation is still at `version`. Returns the new version.
 */
export async function updateInvestigationFromApi({
  actor,
  id,
  version,
  publishedUrl,
  reportLanguage,
  dailyRecheck,
}: {
  actor: Actor;
  id: string;
  version: number;
  publishedUrl?: string | null;
  reportLanguage?: Locale;
  dailyRecheck?: boolean;
}): Promise<{ version: number }> {
  return writeTransaction(async () => {
    let current = { version };
    if (publishedUrl !== undefined) current = await updateInvestigationPublishedUrl({ actor, id, version: current.version, publishedUrl });
    if (reportLanguage !== undefined) current = await setInvestigationReportLanguage({ actor, id, version: current.version, reportLanguage });
    if (dailyRecheck !== undefined) current = await setDailyRecheck({ actor, investigationId: id, version: current.version, on: dailyRecheck });
    return current;
  });
}

/**
 * Sets where the investigation's fact-check is published (null clears it): the public
 * report's and ClaimReview's address for every claim without its own. Editors only, if the
 * investigation is still at `version`: CONFLICT when someone changed it since, NOT_FOUND
 * when it is gone. Records "investigation.published-url-changed" (old → new) when it changes.
 */
export async function updateInvestigationPublishedUrl({
  actor,
  id,
  version,
  publishedUrl,
}: {
  actor: Actor;
  id: string;
  version: number;
  publishedUrl: string | null;
}): Promise<{ version: number }> {
  assertAllowed(canManageInvestigations(actor), "Only editors can set where an investigation is published.");
  return writeTransaction(async (tx) => {
    const [current] = await tx
      .select({ version: investigations.version, publishedUrl: investigations.publishedUrl })
      .from(investigations)
      .where(eq(investigations.id, id));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    const stale = () =>
      new AppError(
        "CONFLICT",
        { key: "Errors.conflict.investigationChanged" },
        {
          fields: { version: String(current.version), publishedUrl: current.publishedUrl ?? "" },
        },
      );
    if (current.version !== version) throw stale();
    if (current.publishedUrl === publishedUrl) return { version };
    const updated = await tx
      .update(investigations)
      .set({ publishedUrl, version: version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(investigations.id, id), eq(investigations.version, version)))
      .returning({ version: investigations.version });
    if (updated.length === 0) throw stale();
    await recordEvent({
      actorId: actor.id,
      action: "investigation.published-url-changed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: { publishedUrl: [current.publishedUrl, publishedUrl] },
    });
    return { version: version + 1 };
  });
}
