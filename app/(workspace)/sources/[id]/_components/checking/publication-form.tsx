"use client";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import type { ClaimPublication } from "@/db/queries/claim-publication";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Statement, claimant and published address of a claim. Blank fields fall back (the
 * sentence around the words; the investigation's address), as the hints say. A statement
 * or claimant locked by approval is shown read-only (and sent unchanged).
 */
export function PublicationForm({
  action,
  publication,
  canEdit,
  statementLock,
}: {
  action: Action;
  publication: ClaimPublication;
  canEdit: boolean;
  statementLock: string | null;
}) {
  const t = useTranslations("Checking.publication");
  const common = useTranslations("Common");
  const [state, formAction] = useActionState(action, idleFormState);
  const claimantRef = useRef<HTMLDivElement>(null);
  const values = state.status === "saved" ? undefined : state.values;
  const suggestion = publication.suggestedClaimant;
  const useSuggestion = () => {
    const input = claimantRef.current?.querySelector("input");
    if (input && suggestion) input.value = suggestion.claimant;
  };
  if (!canEdit) return <PublicationSummary publication={publication} />;
  return (
    <form action={formAction} noValidate aria-label={t("heading")} className="space-y-2" key={`${state.savedAt ?? "form"}-${publication.version}`}>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={publication.version} />
      <Field
        label={t("statement")}
        name="statement"
        multiline
        rows={3}
        hint={t("statementHint", { statement: publication.defaultStatement })}
        defaultValue={values?.statement ?? publication.statement ?? ""}
        error={state.fieldErrors?.statement}
        readOnly={statementLock !== null}
      />
      <div ref={claimantRef}>
        <Field
          label={t("claimant")}
          name="claimant"
          hint={t("claimantHint")}
          defaultValue={values?.claimant ?? publication.claimant ?? ""}
          error={state.fieldErrors?.claimant}
          readOnly={statementLock !== null}
        />
        {suggestion && statementLock === null && suggestion.claimant !== publication.claimant ? (
          <p className="mt-1 text-xs text-stone-600">
            {t.rich("suggested", { from: suggestion.from, claimant: suggestion.claimant, bdi: (claimant) => <bdi>{claimant}</bdi> })}{" "}
            <button type="button" onClick={useSuggestion} className="text-accent-700 underline">
              {t("useSuggestion")}
            </button>
          </p>
        ) : null}
      </div>
      <Field
        label={t("publishedUrl")}
        name="publishedUrl"
        type="url"
        hint={publication.investigationPublishedUrl ? t("publishedUrlHintWithDefault", { url: publication.investigationPublishedUrl }) : t("publishedUrlHint")}
        defaultValue={values?.publishedUrl ?? publication.publishedUrl ?? ""}
        error={state.fieldErrors?.publishedUrl}
      />
      {statementLock ? <p className="text-xs text-stone-500">{statementLock}</p> : null}
      <SubmitButton className="px-3 py-1.5 text-xs" pendingLabel={common("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

/** The publication fields as text, for someone who may not change them. */
function PublicationSummary({ publication }: { publication: ClaimPublication }) {
  const t = useTranslations("Checking.publication");
  const address = publication.publishedUrl ?? publication.investigationPublishedUrl;
  return (
    <dl className="space-y-1 text-sm" aria-label={t("heading")}>
      <dt className="text-xs font-medium text-stone-600">{t("statement")}</dt>
      <dd>
        <bdi>{publication.statement ?? publication.defaultStatement}</bdi>
      </dd>
      <dt className="text-xs font-medium text-stone-600">{t("claimant")}</dt>
      <dd>{publication.claimant ? <bdi>{publication.claimant}</bdi> : t("notSaid")}</dd>
      <dt className="text-xs font-medium text-stone-600">{t("publishedUrl")}</dt>
      <dd className="break-all">{address ?? t("notPublished")}</dd>
    </dl>
  );
}
