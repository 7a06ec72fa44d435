"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, idArgument, malformedArguments, versionArgument } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { runSave } from "@/app/_server/save-form";
import { createClaim, deleteClaim, updateClaimSpan, type ClaimView } from "@/db/queries/claims";
import { ClaimSelectionInput } from "@/lib/validation/api";
import { readerClaimOf, type ReaderClaim } from "./reader-claim";

/**
 * The reader's actions. Each resolves the user itself and passes it to the query, which
 * enforces the permission; offsets are re-snapped and re-described on the server.
 */
export type ClaimActionResult = (FormState & { claim?: ReaderClaim }) | { status: "saved"; claim?: ReaderClaim };

/** The refusal of a selection that is not words of the text, in the person's language. */
async function invalidSelection(): Promise<ClaimActionResult> {
  return { status: "invalid", message: (await getTranslations("Reader"))("selectWords") };
}
const CreateClaimArgs = z.tuple([idArgument, ClaimSelectionInput]);
const UpdateClaimSpanArgs = z.tuple([idArgument, versionArgument, ClaimSelectionInput]);
const DeleteClaimArgs = z.tuple([idArgument, versionArgument]);

export async function createClaimAction(sourceId: string, selection: z.input<typeof ClaimSelectionInput>): Promise<ClaimActionResult> {
  const actor = await requireActor();
  if (!fits(CreateClaimArgs, [sourceId, selection])) return invalidSelection();
  const parsed = ClaimSelectionInput.safeParse(selection);
  if (!parsed.success) return invalidSelection();
  let claim: ClaimView | undefined;
  const state = await runSave({}, async () => {
    claim = await createClaim({ actor, sourceId, ...parsed.data });
  });
  return claim ? { status: "saved", claim: readerClaimOf(claim, actor) } : state;
}

export async function updateClaimSpanAction(claimId: string, version: number, selection: z.input<typeof ClaimSelectionInput>): Promise<ClaimActionResult> {
  const actor = await requireActor();
  if (!fits(UpdateClaimSpanArgs, [claimId, version, selection])) return invalidSelection();
  const parsed = ClaimSelectionInput.safeParse(selection);
  if (!parsed.success) return invalidSelection();
  let claim: ClaimView | undefined;
  const state = await runSave({}, async () => {
    claim = await updateClaimSpan({ actor, id: claimId, version, ...parsed.data });
  });
  return claim ? { status: "saved", claim: readerClaimOf(claim, actor) } : state;
}

export async function deleteClaimAction(claimId: string, version: number): Promise<ClaimActionResult> {
  const actor = await requireActor();
  if (!fits(DeleteClaimArgs, [claimId, version])) return malformedArguments;
  return runSave({}, async () => {
    await deleteClaim({ actor, id: claimId, version });
  });
}
