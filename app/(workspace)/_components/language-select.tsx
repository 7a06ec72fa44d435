"use client";
import { useTranslations } from "next-intl";
import { controlClass, FieldFrame, useFieldIds } from "@/app/_components/field-parts";
import { useDefaultSelection } from "@/app/_components/select-field";
import type { LanguageOptions } from "@/lib/languages";

/**
 * A source's language (`name="language"`): the common languages first (Spanish and English
 * leading), then every other ISO 639-1 language by name; the server validates the code.
 * With `detect`, a first choice "Detect from the text" (an empty value) leaves it to
 * detection. `options` are built on the server (`languageOptions`), in the reader's language.
 */
export function LanguageSelect({
  options,
  defaultValue,
  error,
  detect = false,
}: {
  options: LanguageOptions;
  defaultValue?: string;
  error?: string;
  detect?: boolean;
}) {
  const t = useTranslations("Languages");
  const hint = detect ? t("addHint") : t("editHint");
  const ids = useFieldIds({ hint: true, error });
  const ref = useDefaultSelection(defaultValue ?? "");
  return (
    <FieldFrame ids={ids} label={t("label")} hint={hint} error={error}>
      <select ref={ref} {...ids.control} name="language" defaultValue={defaultValue ?? ""} className={controlClass(error)}>
        {detect ? <option value="">{t("detect")}</option> : null}
        <optgroup label={t("common")}>
          {options.common.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("other")}>
          {options.other.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      </select>
    </FieldFrame>
  );
}
