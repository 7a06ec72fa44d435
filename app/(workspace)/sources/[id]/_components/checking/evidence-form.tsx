"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FieldError, useFieldIds } from "@/app/_components/field-parts";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { isDraftBehind, type DraftScope } from "@/lib/checking/claim-drafts";
import { evidenceStances } from "@/lib/checking/evidence";
import { DraftNotice } from "./draft-notice";
import { useClaimDraft } from "./use-claim-draft";

export type EvidenceValues = { url?: string | null; outlet?: string | null; quote?: string | null; stance?: string; accessedAt?: string | null };

/**
 * Adds or edits one evidence item; errors are shown at each field and the typed values kept.
 * The draft is kept in the browser (useClaimDraft) with the version an edit is based on; a
 * restored draft opens its collapsed section so it is seen.
 */
export function EvidenceForm({
  action,
  draftScope,
  initial,
  version,
  submitLabel,
  formLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  draftScope: DraftScope;
  initial?: EvidenceValues;
  version?: number;
  submitLabel: string;
  formLabel: string;
}) {
  const t = useTranslations("Checking.evidence");
  const common = useTranslations("Common");
  // The version an edit is based on; a live update does not move it (see ReviewForm).
  const [basedOn, setBasedOn] = useState(version);
  const saved = Object.fromEntries((["url", "outlet", "quote", "stance", "accessedAt"] as const).map((field) => [field, initial?.[field] ?? ""]));
  const draft = useClaimDraft({
    scope: draftScope,
    saved,
    basedOn: basedOn === undefined ? null : String(basedOn),
    onRestore: (restored) => restored.basedOn && setBasedOn(Number(restored.basedOn)),
  });
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.status === "conflict" && result.current?.version) setBasedOn(Number(result.current.version));
    if (result.status === "saved" && basedOn !== undefined) setBasedOn(basedOn + 1);
    draft.afterSave(result.status);
    return result;
  }, idleFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const section = formRef.current?.closest("details");
    if (draft.restored && section) section.open = true;
  }, [draft.restored]);
  const values = state.status === "saved" && !version ? {} : (state.values ?? draft.restored?.values ?? initial ?? {});
  const errors = state.fieldErrors ?? {};
  const stanceIds = useFieldIds({ error: errors.stance });
  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={draft.onChange}
      noValidate
      aria-label={formLabel}
      className="space-y-3"
      key={`${state.savedAt ?? "draft"}-${draft.generation}`}
    >
      <DraftNotice
        draft={draft.restored}
        isBehind={draft.restored && version !== undefined ? isDraftBehind(draft.restored, String(version)) : false}
        onDiscard={() => {
          draft.discard();
          setBasedOn(version);
        }}
      />
      <FormMessage state={state} />
      {basedOn ? <input type="hidden" name="version" value={basedOn} /> : null}
      <Field label={t("link")} name="url" type="url" placeholder={t("urlPlaceholder")} defaultValue={values.url ?? ""} error={errors.url} />
      <Field label={t("outlet")} name="outlet" defaultValue={values.outlet ?? ""} error={errors.outlet} />
      <Field label={t("quote")} name="quote" hint={t("quoteHint")} multiline rows={3} defaultValue={values.quote ?? ""} error={errors.quote} />
      {/* A radiogroup, so the group itself can be marked invalid and described by its error. */}
      <fieldset role="radiogroup" aria-invalid={stanceIds.control["aria-invalid"]} aria-describedby={stanceIds.control["aria-describedby"]}>
        <legend className="text-sm font-medium text-stone-800">{t("stance")}</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {evidenceStances.map((stance) => (
            <label key={stance} className="flex items-center gap-1.5">
              <input type="radio" name="stance" value={stance} defaultChecked={values.stance === stance} />
              {t(`stances.${stance}`)}
            </label>
          ))}
        </div>
        <FieldError id={stanceIds.errorId} error={errors.stance} />
      </fieldset>
      <Field
        label={t("accessedAt")}
        name="accessedAt"
        hint={t("accessedAtHint")}
        placeholder="2025-03-18"
        defaultValue={values.accessedAt ?? ""}
        error={errors.accessedAt}
      />
      <SubmitButton className="px-3 py-1.5 text-xs" pendingLabel={common("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
