"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { SelectField } from "@/app/_components/select-field";
import { locales, localeNames, type Locale } from "@/lib/i18n/locales";
import { saveProfileAction } from "./actions";

export function ProfileForm({ locale, browserLocale }: { locale: Locale | "browser"; browserLocale: Locale }) {
  const [state, action] = useActionState(saveProfileAction, idleFormState);
  const t = useTranslations("Settings");
  const common = useTranslations("Common");
  const options = [
    { value: "browser", label: t("followBrowser", { language: common(`languages.${browserLocale}`) }) },
    ...locales.map((value) => ({ value, label: localeNames[value] })),
  ];
  return (
    <form action={action} noValidate aria-label={t("profileTitle")} className="max-w-xl space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <SelectField
        label={t("interfaceLanguage")}
        name="locale"
        options={options}
        hint={t("interfaceLanguageHint")}
        defaultValue={state.values?.locale ?? locale}
        error={state.fieldErrors?.locale}
      />
      <SubmitButton pendingLabel={common("saving")}>{t("saveProfile")}</SubmitButton>
    </form>
  );
}
