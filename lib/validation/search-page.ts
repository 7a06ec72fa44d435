import { z } from "zod";
import { claimStatuses } from "../checking/claim-status";
import { ratingKeyMaxLength } from "../checking/rating-scale";
import type { Locale } from "../i18n/locales";
import { isLanguageCode } from "../languages";
import { fieldErrorsOf } from "./field-errors";
import { optionalCalendarDate, optionalText } from "./fields";
import { maxSearchQueryLength, searchKinds } from "./search";

/**
 * The search page's address (`/search?q=…&kind=…`) read for people: the names and rules of the
 * HTTP API's parseSearchRequest (search.ts), with each message a `Validation` key written out
 * in the reader's language at its field, and what was typed kept for the form.
 */
/** The names a search's address carries; the HTTP API reads the same ones (plus limit and cursor). */
export const searchParamNames = ["q", "kind", "investigation", "verdict", "status", "language", "outlet", "from", "to"] as const;
export type SearchParamName = (typeof searchParamNames)[number];
/** Each parameter as typed (blank when absent): what the form shows back. */
export type SearchParamValues = Record<SearchParamName, string>;

const blankIsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalChoice = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());

/**
 * A search's words and filters. Blank means "any"; `q` may be blank or hold nothing searchable
 * (the page says so, lib/search's parser decides). A day range is YYYY-MM-DD to YYYY-MM-DD,
 * both ends included, `to` not before `from` (reported at `to`).
 */
export const SearchParamsInput = z
  .object({
    q: z.string().max(maxSearchQueryLength, "searchQueryTooLong").default(""),
    kind: optionalChoice(z.enum(searchKinds, { error: "searchKindUnknown" })),
    investigation: optionalChoice(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "searchInvestigationUnknown")),
    verdict: optionalChoice(z.string().max(ratingKeyMaxLength, "verdictNotListed")),
    status: optionalChoice(z.enum(claimStatuses, { error: "reviewStatusUnknown" })),
    language: optionalChoice(z.string().trim().toLowerCase().refine(isLanguageCode, "languageInvalid")),
    outlet: optionalText(200, "outlet"),
    from: optionalCalendarDate,
    to: optionalCalendarDate,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ["to"], message: "dateRangeReversed" });
export type SearchParams = z.infer<typeof SearchParamsInput>;

/** Each parameter of an address's query as one string: the first when repeated, blank when absent. */
export function searchParamValuesOf(raw: Record<string, string | string[] | undefined>): SearchParamValues {
  const values = {} as SearchParamValues;
  for (const name of searchParamNames) {
    const value = raw[name];
    values[name] = (Array.isArray(value) ? value[0] : value) ?? "";
  }
  return values;
}

/**
 * The search an address asks for: `params` when every value is valid, else `fieldErrors` (in
 * `locale`, by parameter name) and no params. `values` is always what was typed, for the form.
 */
export function readSearchParams(
  raw: Record<string, string | string[] | undefined>,
  locale: Locale,
): { values: SearchParamValues; params: SearchParams | null; fieldErrors: Partial<Record<SearchParamName, string>> } {
  const values = searchParamValuesOf(raw);
  const parsed = SearchParamsInput.safeParse(values);
  if (parsed.success) return { values, params: parsed.data, fieldErrors: {} };
  return { values, params: null, fieldErrors: fieldErrorsOf(parsed.error, locale) };
}

/** How many filters (everything but `q` and `kind`) the search sets. */
export function filterCountOf(values: SearchParamValues): number {
  return searchParamNames.filter((name) => name !== "q" && name !== "kind" && values[name].trim() !== "").length;
}

/** The address's query for `values` (blank ones left out), with `changes` applied. */
export function searchAddressOf(values: SearchParamValues, changes: Partial<SearchParamValues> = {}): string {
  const query = new URLSearchParams();
  for (const name of searchParamNames) {
    const value = (changes[name] ?? values[name]).trim();
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
