/** The charts' words in `locale`, from the "Charts" catalogue (lib/i18n/messages/<locale>/Charts.json). */
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import type { ChartText } from "./chart-text";

export function chartTextOf(locale: Locale): ChartText {
  const t = translator(locale, "Charts");
  // The charts build keys from their parts ("table.low"); the catalogue test checks every key exists in both languages.
  return { locale, t: (key, values) => t(key as never, values as never) };
}
