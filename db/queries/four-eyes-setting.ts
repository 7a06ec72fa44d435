import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { canManageInvestigations, type Actor } from "@/lib/permissions";
import { forUpdate, writeTransaction } from "../connection";
import { investigations } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";

/**
 * Turns the investigation's four eyes on or off (editors and admins), if it is still at
 * `version` (CONFLICT otherwise); recorded as "investigation.settings-changed" with
 * `fourEyes: [old, new]`. Returns the new version. NOT_FOUND when it is gone.
 */
export async function setInvestigationFourEyes({ actor, id, version, fourEyes }: { actor: Actor; id: string; version: number; fourEyes: boolean }) {
  assertAllowed(canManageInvestigations(actor), "Only editors can change four eyes.");
  return writeTransaction(async (tx) => {
    const [current] = await forUpdate(tx.select().from(investigations).where(eq(investigations.id, id)));
    if (!current) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
    if (current.version !== version) throw new AppError("CONFLICT", { key: "Errors.conflict.investigationSettingsChanged" });
    if (current.fourEyes === fourEyes) return { version: current.version };
    await tx
      .update(investigations)
      .set({ fourEyes, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(investigations.id, id), eq(investigations.version, version)));
    await recordEvent({
      actorId: actor.id,
      action: "investigation.settings-changed",
      subjectType: "investigation",
      subjectId: id,
      investigationId: id,
      data: { fourEyes: [current.fourEyes, fourEyes] },
    });
    return { version: current.version + 1 };
  });
}
