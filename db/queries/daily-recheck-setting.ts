import "server-only";
import type { Actor } from "@/lib/permissions";
import { setInvestigationSetting } from "./investigation-setting";

/**
 * Turns the daily re-check of an investigation's captured evidence on or off (editors and
 * admins), if it is still at `version` (CONFLICT otherwise); recorded as
 * "investigation.settings-changed" with `dailyRecheck: [old, new]`. Returns the new version.
 */
export async function setDailyRecheck({ actor, investigationId, version, on }: { actor: Actor; investigationId: string; version: number; on: boolean }) {
  return setInvestigationSetting({
    actor,
    id: investigationId,
    version,
    setting: "dailyRecheck",
    value: on,
    refusal: "Only editors can change the daily re-check.",
  });
}
