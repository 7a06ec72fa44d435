"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import type { DraftScope } from "@/lib/checking/claim-drafts";
import { commentMaxLength } from "@/lib/checking/inputs";
import type { Rating } from "@/lib/checking/rating-scale";
import { DraftNotice } from "./draft-notice";
import { MentionCommentField } from "./mention-comment-field";
import { useClaimDraft } from "./use-claim-draft";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Adds a comment (Markdown, with @mentions of `members`); the draft stays in the field when it is refused, and in the browser until it is saved. */
export function CommentForm({ action, draftScope, members }: { action: Action; draftScope: DraftScope; members: readonly { id: string; name: string }[] }) {
  const t = useTranslations("Checking.comments");
  const common = useTranslations("Common");
  const draft = useClaimDraft({ scope: draftScope, saved: { body: "" }, basedOn: null });
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    draft.afterSave(result.status);
    return result;
  }, idleFormState);
  const body = state.status === "saved" ? "" : (state.values?.body ?? draft.restored?.values.body);
  return (
    <form
      action={formAction}
      onChange={draft.onChange}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-2"
      key={`${state.savedAt ?? "draft"}-${draft.generation}`}
    >
      <DraftNotice draft={draft.restored} onDiscard={draft.discard} />
      <FormMessage state={state.status === "saved" ? idleFormState : state} />
      <MentionCommentField label={t("comment")} name="body" max={commentMaxLength} defaultValue={body} error={state.fieldErrors?.body} members={members} />
      <SubmitButton className="px-3 py-1.5 text-xs" pendingLabel={common("saving")}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}

/** Records the reviewer's own independent verdict; an unsaved choice and note are kept in the browser. */
export function AssessmentForm({
  action,
  draftScope,
  scale,
  own,
}: {
  action: Action;
  draftScope: DraftScope;
  scale: readonly Rating[];
  own: { verdictKey: string; note: string } | null;
}) {
  const t = useTranslations("Checking.assessments");
  const common = useTranslations("Common");
  const draft = useClaimDraft({ scope: draftScope, saved: { verdictKey: own?.verdictKey ?? "", note: own?.note ?? "" }, basedOn: null });
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    draft.afterSave(result.status);
    return result;
  }, idleFormState);
  const values = state.values ?? draft.restored?.values;
  return (
    <form action={formAction} onChange={draft.onChange} noValidate aria-label={t("formLabel")} className="space-y-2" key={draft.generation}>
      <DraftNotice draft={draft.restored} onDiscard={draft.discard} />
      <FormMessage state={state} />
      <SelectField
        label={t("yourVerdict")}
        name="verdictKey"
        options={[{ value: "", label: t("choose") }, ...scale.map((rating) => ({ value: rating.key, label: rating.label }))]}
        defaultValue={values?.verdictKey ?? own?.verdictKey ?? ""}
        error={state.fieldErrors?.verdictKey}
      />
      <Field label={t("note")} name="note" defaultValue={values?.note ?? own?.note ?? ""} error={state.fieldErrors?.note} />
      <SubmitButton className="px-3 py-1.5 text-xs" pendingLabel={common("saving")}>
        {own ? t("update") : t("record")}
      </SubmitButton>
    </form>
  );
}
