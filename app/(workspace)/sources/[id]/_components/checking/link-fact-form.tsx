"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";

type Suggestion = { id: string; exact: string; sourceTitle: string; factTitle: string | null };

/** Links the open claim to a fact (existing or new), optionally with suggested claims from other sources. */
export function LinkFactForm({
  action,
  facts,
  suggestions,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  facts: { id: string; title: string }[];
  suggestions: Suggestion[];
}) {
  const t = useTranslations("Checking.fact");
  const common = useTranslations("Common");
  const [state, formAction] = useActionState(action, idleFormState);
  const initialChoice = facts.length ? "" : "new";
  // Which choice is shown, for the "New fact" box; the select itself keeps the submitted choice.
  const [factId, setFactId] = useState(initialChoice);
  const ticked = state.values?.withClaim?.split(" ") ?? [];
  return (
    <form action={formAction} noValidate aria-label={t("formLabel")} className="space-y-2">
      <FormMessage state={state} />
      <SelectField
        label={t("fact")}
        name="factId"
        options={[
          { value: "", label: t("choose") },
          ...facts.map((fact) => ({ value: fact.id, label: fact.title })),
          { value: "new", label: t("newFactOption") },
        ]}
        defaultValue={state.values?.factId ?? initialChoice}
        onChange={(event) => setFactId(event.target.value)}
        error={state.fieldErrors?.factId}
      />
      {factId === "new" ? (
        <Field label={t("newFact")} name="title" placeholder={t("newFactPlaceholder")} defaultValue={state.values?.title} error={state.fieldErrors?.title} />
      ) : (
        <input type="hidden" name="title" value="" />
      )}
      {suggestions.length > 0 ? (
        <fieldset className="rounded-md bg-stone-50 p-2">
          <legend className="text-xs font-medium text-stone-600">{t("sameThing")}</legend>
          {suggestions.map((suggestion) => (
            <label key={suggestion.id} className="mt-1 flex items-start gap-2 text-xs">
              <input
                type="checkbox"
                name="withClaim"
                value={suggestion.id}
                defaultChecked={ticked.includes(suggestion.id)}
                disabled={suggestion.factTitle !== null}
                className="mt-0.5"
              />
              <span>
                “{suggestion.exact}” <span className="text-stone-500">{t("inSource", { title: suggestion.sourceTitle })}</span>
                {suggestion.factTitle ? <span className="block text-stone-500">{t("alreadyIn", { title: suggestion.factTitle })}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <SubmitButton className="px-3 py-1.5 text-xs" pendingLabel={common("saving")}>
        {t("link")}
      </SubmitButton>
    </form>
  );
}
