"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm } from "@/app/_server/save-form";
import { updateClaimReview } from "@/db/queries/claim-review";
import { isCalendarDay } from "@/lib/checking/due-date";

const Args = z.tuple([idArgument, idArgument, formArgument]);
const DueDateFormInput = z.object({
  // Empty clears the due date; the query checks the role (FORBIDDEN at dueAt for reviewers).
  dueAt: z
    .string()
    .trim()
    .refine((day) => day === "" || isCalendarDay(day), "Give the due date as a calendar day, YYYY-MM-DD."),
  version: z.coerce.number().int().min(1),
});

/** Sets or clears a claim's due date (editors and admins), at the version the panel showed. */
export async function saveDueDateAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(Args, [sourceId, claimId, formData])) return malformedArguments;
  const state = await handleForm(formData, DueDateFormInput, ["dueAt", "version"], async ({ dueAt, version }) => {
    const claim = await updateClaimReview({ actor, id: claimId, version, changes: { dueAt: dueAt || null } });
    return { status: "saved", message: dueAt ? "Due date saved." : "Due date cleared.", values: { version: String(claim.version) } };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}
