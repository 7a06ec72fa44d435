"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { saveOrganisationAction } from "./actions";

export function OrganisationForm({ name, url }: { name: string; url: string | null }) {
  const [state, action] = useActionState(saveOrganisationAction, idleFormState);
  const t = useTranslations("Settings.organisationPage");
  const value = (field: "name" | "url", saved: string) => (state.status === "invalid" || state.status === "error" ? (state.values?.[field] ?? saved) : saved);
  return (
    <form action={action} noValidate aria-label={t("title")} className="max-w-xl space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <Field
        key={`name-${state.savedAt ?? state.status}`}
        label={t("name")}
        name="name"
        hint={t("nameHint")}
        defaultValue={value("name", name)}
        error={state.fieldErrors?.name}
      />
      <Field
        key={`url-${state.savedAt ?? state.status}`}
        label={t("website")}
        name="url"
        type="url"
        hint={t("websiteHint")}
        defaultValue={value("url", url ?? "")}
        error={state.fieldErrors?.url}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
