/**
 * The choices of a source's language select, named in the reader's language: the common
 * languages first, in `commonLanguages` order (Spanish and English leading), then every other
 * ISO 639-1 code by name. Built on the server and handed to the form, so the names the server
 * and the browser render are the same.
 */
import { commonLanguages, iso6391Codes } from "./iso-639-1";
import { languageName } from "./language-name";

export interface LanguageOption {
  value: string;
  /** "Spanish (es)", "Español (es)". */
  label: string;
}

export interface LanguageOptions {
  common: LanguageOption[];
  other: LanguageOption[];
}

/** A code's name with a capital, as a list shows it, followed by the code: "Español (es)". */
export function languageLabel(code: string, locale: string): string {
  const name = languageName(code, locale);
  return `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)} (${code})`;
}

/** See the module comment. */
export function languageOptions(locale: string): LanguageOptions {
  const common: readonly string[] = commonLanguages;
  const option = (code: string) => ({ value: code, label: languageLabel(code, locale) });
  return {
    common: commonLanguages.map(option),
    other: iso6391Codes
      .filter((code) => !common.includes(code))
      .map(option)
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
