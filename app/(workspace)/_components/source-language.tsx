import { useLocale, useTranslations } from "next-intl";
import { languageLabel } from "@/lib/languages";

/** "Language: Spanish (es)", named in the reader's language; on the source page and in source lists. */
export function SourceLanguage({ code, short = false }: { code: string; short?: boolean }) {
  const [t, locale] = [useTranslations("Languages"), useLocale()];
  const label = languageLabel(code, locale);
  return <span data-testid="source-language">{short ? label : t("shown", { name: label })}</span>;
}
