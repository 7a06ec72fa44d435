"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments, versionArgument } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { recordAssessment } from "@/db/queries/assessments";
import { updateClaimReview, type ClaimReviewChanges } from "@/db/queries/claim-review";
import { addComment, removeComment } from "@/db/queries/comments";
import { addEvidence, removeEvidence, updateEvidence } from "@/db/queries/evidence";
import { EvidenceInput } from "@/lib/checking/evidence";
import { CommentInput } from "@/lib/checking/inputs";

/**
 * The checking panel's actions. Each resolves the user itself; the queries enforce the
 * permission and the version, so a stale or forbidden change writes nothing and comes back
 * as a message with the person's draft kept.
 */
const version = z.coerce.number().int().min(1);
/** The source (for the page to refresh), the object acted on, and the form or the version seen. */
const FormArgs = z.tuple([idArgument, idArgument, formArgument]);
const VersionArgs = z.tuple([idArgument, idArgument, versionArgument]);

type Refusals = Awaited<ReturnType<typeof getTranslations<"Checking">>>;

/** The form's fields; the limits' messages are in the person's language. */
const reviewFormInput = (t: Refusals) =>
  z.object({
    intent: z.enum(["save", "in-review", "approved", "open"]),
    verdictKey: z.string().max(40),
    rationale: z.string().max(20_000, t("refusals.rationaleTooLong", { max: 20_000 })),
    assigneeId: z.string().max(64),
    // Length is the query's check (approval-note rule); shown at the field.
    approvalNote: z.string().optional(),
    // YYYY-MM-DD or empty; the query checks the day and who may change it (at `dueAt`).
    dueAt: z.string().trim().max(40).optional(),
    version,
  });

export async function saveClaimReviewAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const state = await handleForm(
    formData,
    reviewFormInput(t),
    ["intent", "verdictKey", "rationale", "assigneeId", "version", "approvalNote", "dueAt"],
    async (input) => {
      const changes: ClaimReviewChanges = { verdictKey: input.verdictKey || null, rationale: input.rationale.trim(), assigneeId: input.assigneeId || null };
      // Absent (a form without the field) keeps the due date; empty clears it.
      if (input.dueAt !== undefined && formData.has("dueAt")) changes.dueAt = input.dueAt || null;
      if (input.intent !== "save") changes.status = input.intent;
      // The note goes only with an approval; typed and then saved otherwise, it is not sent.
      if (input.intent === "approved") changes.approvalNote = input.approvalNote;
      const claim = await updateClaimReview({ actor, id: claimId, version: input.version, changes });
      return { status: "saved", message: t(`saved.${input.intent}`), values: { version: String(claim.version) } };
    },
  );
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

const evidenceFields = ["url", "outlet", "quote", "stance", "accessedAt"] as const;

export async function addEvidenceAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const state = await handleForm(formData, EvidenceInput, evidenceFields, async (fields) => {
    await addEvidence({ actor, claimId, fields });
    return { status: "saved", message: t("saved.evidenceAdded") };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

export async function updateEvidenceAction(sourceId: string, evidenceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, evidenceId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const seen = version.safeParse(formData.get("version"));
  if (!seen.success) return { status: "error", message: t("refusals.reload") };
  const state = await handleForm(formData, EvidenceInput, evidenceFields, async (fields) => {
    await updateEvidence({ actor, id: evidenceId, version: seen.data, fields });
    return { status: "saved", message: t("saved.evidenceUpdated") };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

export async function removeEvidenceAction(sourceId: string, evidenceId: string, seenVersion: number): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(VersionArgs, [sourceId, evidenceId, seenVersion])) return malformedArguments;
  const state = await runSave({}, async () => void (await removeEvidence({ actor, id: evidenceId, version: seenVersion })));
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

export async function addCommentAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const state = await handleForm(formData, CommentInput, ["body"], async ({ body }) => {
    await addComment({ actor, claimId, body });
    return { status: "saved", message: t("saved.commentAdded") };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

export async function removeCommentAction(sourceId: string, commentId: string, seenVersion: number): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(VersionArgs, [sourceId, commentId, seenVersion])) return malformedArguments;
  const state = await runSave({}, async () => void (await removeComment({ actor, id: commentId, version: seenVersion })));
  revalidatePath(`/sources/${sourceId}`);
  return state;
}

const assessmentFormInput = (t: Refusals) =>
  z.object({
    verdictKey: z.string().min(1, t("refusals.chooseVerdict")),
    note: z
      .string()
      .trim()
      .max(5_000, t("refusals.noteTooLong", { max: 5_000 })),
  });

export async function recordAssessmentAction(sourceId: string, claimId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [sourceId, claimId, formData])) return malformedArguments;
  const t = await getTranslations("Checking");
  const state = await handleForm(formData, assessmentFormInput(t), ["verdictKey", "note"], async ({ verdictKey, note }) => {
    await recordAssessment({ actor, claimId, verdictKey, note });
    return { status: "saved", message: t("saved.assessmentRecorded") };
  });
  revalidatePath(`/sources/${sourceId}`);
  return state;
}
