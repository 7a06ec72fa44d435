"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The investigation's published address: ClaimReview's `url` and the public report's link for claims without their own. */
export function PublishedAddressForm({ action, version, publishedUrl }: { action: Action; version: number; publishedUrl: string | null }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const t = useTranslations("Investigations.publication");
  const values = state.status === "saved" ? undefined : state.values;
  return (
    <form action={formAction} noValidate aria-label={t("addressForm")} className="space-y-2" key={`${state.savedAt ?? "form"}-${version}`}>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <Field
        label={t("addressField")}
        name="publishedUrl"
        type="url"
        hint={t("addressHint")}
        defaultValue={values?.publishedUrl ?? publishedUrl ?? ""}
        error={state.fieldErrors?.publishedUrl}
      />
      <SubmitButton className="px-3 py-1.5 text-xs">{t("saveAddress")}</SubmitButton>
    </form>
  );
}
