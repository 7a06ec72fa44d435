import type { Locale } from "../i18n/locales";
import { fieldErrorsOf } from "./field-errors";
import { searchParamNames, SearchParamsInput, type SearchParamName, type SearchParamValues, type SearchParams } from "./search";

/**
 * The search page's address (`/search?q=…&kind=…`) read for people: the names and rules of
 * search.ts (`SearchParamsInput`, which the HTTP API reads too), with each message written out
 * in the reader's language at its field, and what was typed kept for the form.
 */
export { searchParamNames, SearchParamsInput, type SearchParamName, type SearchParamValues, type SearchParams };

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
