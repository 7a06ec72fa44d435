"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { idleFormState } from "@/app/_components/form-state";
import { locales, localeNames } from "@/lib/i18n/locales";
import { chooseLanguageAction } from "./language-actions";

/** Before signing in, the page's language can be switched; the choice is kept in a cookie. */
export function LanguageSwitch() {
  const [, action] = useActionState(chooseLanguageAction, idleFormState);
  const t = useTranslations("Auth");
  const current = useLocale();
  return (
    <form action={action} aria-label={t("languageSwitch")} className="mt-4 flex justify-center gap-2 text-xs">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-stone-600 underline-offset-2 hover:underline aria-pressed:font-semibold aria-pressed:text-stone-900"
        >
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
