"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveReportLanguageAction } from "@/app/(workspace)/investigation-actions";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { SelectField } from "@/app/_components/select-field";
import { locales, localeNames, type Locale } from "@/lib/i18n/locales";

/** The language the investigation's reports (HTML, PDF, Markdown, the public report) are written in (editors). */
export function ReportLanguageForm({ investigationId, version, reportLanguage }: { investigationId: string; version: number; reportLanguage: Locale }) {
  const [state, action] = useActionState(saveReportLanguageAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("ReportSettings");
  const common = useTranslations("Common");
  const options = locales.map((value) => ({ value, label: localeNames[value] }));
  return (
    <form action={action} noValidate aria-label={t("legend")} className="mt-6 space-y-2 border-t border-stone-200 pt-4">
      <SelectField
        // Keyed by version: after a save the choice shown is the saved one.
        key={version}
        label={t("legend")}
        name="reportLanguage"
        options={options}
        hint={t("help")}
        defaultValue={state.status === "invalid" ? (state.values?.reportLanguage ?? reportLanguage) : reportLanguage}
        error={state.fieldErrors?.reportLanguage}
      />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={common("saving")} variant="secondary">
        {t("save")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
