"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { updateSourceTextAction } from "../../../source-actions";

export function EditSourceTextForm({ sourceId, text }: { sourceId: string; text: string }) {
  const [state, action] = useActionState(updateSourceTextAction.bind(null, sourceId), idleFormState);
  const t = useTranslations("Reader.edit");
  const common = useTranslations("Common");
  return (
    <form action={action} noValidate aria-label={t("title")} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field label={t("text")} name="text" multiline rows={24} defaultValue={state.values?.text ?? text} error={state.fieldErrors?.text} />
      <div className="flex justify-end">
        <SubmitButton pendingLabel={common("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
