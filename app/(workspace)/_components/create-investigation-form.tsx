"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { useFormText } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { createInvestigationAction } from "../investigation-actions";

export function CreateInvestigationForm() {
  const [state, action] = useActionState(createInvestigationAction, idleFormState);
  const t = useTranslations("Investigations.create");
  const message = useFormText(state.message);
  return (
    <form action={action} noValidate aria-label={t("formLabel")} className="flex flex-wrap items-start gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <Field
        label={t("field")}
        name="title"
        placeholder={t("placeholder")}
        defaultValue={state.values?.title}
        error={state.fieldErrors?.title ?? (state.status === "error" ? message : undefined)}
        className="min-w-64 flex-1"
      />
      <SubmitButton className="mt-6" pendingLabel={t("creating")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
