import "server-only";
import type { Actor } from "@/lib/permissions";
import { setInvestigationSetting } from "./investigation-setting";

/**
 * Turns the investigation's four eyes on or off (editors and admins), if it is still at
 * `version` (CONFLICT otherwise); recorded as "investigation.settings-changed" with
 * `fourEyes: [old, new]`. Returns the new version. NOT_FOUND when it is gone.
 */
export async function setInvestigationFourEyes({ actor, id, version, fourEyes }: { actor: Actor; id: string; version: number; fourEyes: boolean }) {
  return setInvestigationSetting({ actor, id, version, setting: "fourEyes", value: fourEyes, refusal: "Only editors can change four eyes." });
}
