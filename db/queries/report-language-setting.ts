import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions";
import { setInvestigationSetting } from "./investigation-setting";

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
  return setInvestigationSetting({
    actor,
    id,
    version,
    setting: "reportLanguage",
    value: reportLanguage,
    refusal: "Only editors can change the report language.",
  });
}
