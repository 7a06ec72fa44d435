import { createFormatter, createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { catalogues, type Messages } from "./messages";

/**
 * Translation outside React (reports, conflict reasons, API messages), from the same
 * catalogues the interface uses. Times are shown in UTC everywhere, server and browser alike,
 * so a page reads the same wherever it was rendered.
 */
export const timeZone = "UTC";

export function translator<const Namespace extends keyof Messages>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone });
}

export function formatter(locale: Locale) {
  return createFormatter({ locale, timeZone });
}

/** Values a message may carry. */
export type MessageValues = Record<string, string | number | Date>;

/** A message named by its full key ("Errors.conflict.claimChanged") with its values, translated where it is shown. */
export type LocalizedMessage = { key: string; values?: MessageValues };

/**
 * The text of a message named by its full key in `locale`, or null when no catalogue has that
 * key (so text that is already a sentence passes through unchanged).
 */
export function translateKey(locale: Locale, key: string, values?: MessageValues): string | null {
  const message = key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogues[locale]);
  if (typeof message !== "string") return null;
  const t = createTranslator({ locale, messages: catalogues[locale] as Record<string, unknown>, timeZone });
  return t(key as never, values as never);
}

/**
 * A field's message in `locale`: validation messages are keys of the `Validation` catalogue
 * ("titleRequired"), filled with the limit they name; an AppError's field may also name an
 * `Errors` message by its full key ("Errors.invalid.accountExists"). Text that is not a key
 * passes through.
 */
export function localizeFieldMessage(message: string, locale: Locale, values?: MessageValues): string {
  const full = /^Errors\.[\w.]+$/.test(message) ? translateKey(locale, message, values) : null;
  return full ?? translateKey(locale, `Validation.${message}`, values) ?? message;
}

/** Field messages in `locale`, each filled with `values` (those of the error that carries them). */
export function localizeFieldMessages(fields: Record<string, string>, locale: Locale, values?: MessageValues): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, localizeFieldMessage(message, locale, values)]));
}
