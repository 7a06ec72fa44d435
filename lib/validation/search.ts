import { z } from "zod";
import { claimStatuses, type ClaimStatus } from "../checking/claim-status";
import { ratingKeyMaxLength, ratingKeyPattern } from "../checking/rating-scale";
import { AppError } from "../errors";
import { isLanguageCode } from "../languages";
import { decodeListCursor, encodeListCursor } from "../list-cursor";
import { fieldErrorsOf } from "./field-errors";
import { optionalCalendarDate, optionalText } from "./fields";

/**
 * The workspace search's request, shared by `GET /api/v1/search` and the search page (its
 * URL): the same names and values in both. `q` is the query as typed (lib/search reads it:
 * words, "phrases", -exclusions); every filter is optional and the given ones must all hold.
 */
export const searchKinds = ["claim", "source", "fact", "evidence", "comment"] as const;
export type SearchKindName = (typeof searchKinds)[number];
export const defaultSearchLimit = 20;
export const maxSearchLimit = 50;
/** Longer queries are refused rather than cut (lib/search reads at most 1,000 characters). */
export const maxSearchQueryLength = 1000;

/**
 * Where the next page starts: how many results came before it. Not the last result's relevance
 * (a keyset): SQLite's bm25 weighs a word by how rare it is in the whole index, so any write
 * anywhere moves every relevance, and "after the last one" could pass over all that is left.
 */
export type SearchCursor = { offset: number };
/** Past this many results a search is refined, not paged (and an offset costs a pass over them). */
export const maxSearchOffset = 10_000;

export type SearchRequest = {
  q: string;
  kind?: SearchKindName;
  investigationId?: string;
  verdict?: string;
  status?: ClaimStatus;
  language?: string;
  outlet?: string;
  /** Days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** Whether the first page counts the matches by kind (`counts=0`: no, a faster answer). */
  counts: boolean;
  limit: number;
  cursor: SearchCursor | null;
};

export function encodeSearchCursor(cursor: SearchCursor): string {
  return encodeListCursor({ at: "offset", id: String(cursor.offset) });
}

/** The cursor a client sent back, or null when it is not one the search gave. */
export function decodeSearchCursor(text: string): SearchCursor | null {
  const decoded = decodeListCursor(text);
  if (!decoded || decoded.at !== "offset" || !/^\d{1,5}$/.test(decoded.id)) return null;
  const offset = Number(decoded.id);
  return offset >= 1 && offset <= maxSearchOffset ? { offset } : null;
}

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
    verdict: optionalChoice(z.string().max(ratingKeyMaxLength, "verdictNotListed").regex(ratingKeyPattern, "verdictNotListed")),
    status: optionalChoice(z.enum(claimStatuses, { error: "reviewStatusUnknown" })),
    language: optionalChoice(z.string().trim().toLowerCase().refine(isLanguageCode, "languageInvalid")),
    outlet: optionalText(200, "outlet"),
    from: optionalCalendarDate,
    to: optionalCalendarDate,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ["to"], message: "dateRangeReversed" });
export type SearchParams = z.infer<typeof SearchParamsInput>;

type Params = Record<string, string | string[] | undefined>;

/**
 * Reads a search request from URL parameters: the search's words and filters by the same rules
 * as the search page (`SearchParamsInput`, its messages in English), then the API's own `counts`,
 * `limit` and `cursor`. Empty values mean "not given" (`q` empty is a request with nothing to
 * find, answered with no results). INVALID, with a sentence at each bad field: an unknown kind
 * or status, a malformed id, verdict, language or day, `from` after `to`, counts other than 0 or
 * 1, a cursor that is not ours, a limit outside 1–50, a parameter given twice, a query past 1,000
 * characters.
 */
export function parseSearchRequest(params: Params): SearchRequest {
  const fields: Record<string, string> = {};
  const one = (name: string): string | undefined => {
    const value = params[name];
    if (Array.isArray(value)) {
      fields[name] = `Give ${name} once.`;
      return undefined;
    }
    return value?.trim() || undefined;
  };
  const parsed = SearchParamsInput.safeParse(Object.fromEntries(searchParamNames.map((name) => [name, one(name) ?? ""])));
  if (!parsed.success) Object.assign(fields, fieldErrorsOf(parsed.error, "en"), fields);
  const search = parsed.success ? parsed.data : { q: "" };
  const request: SearchRequest = { q: search.q, counts: true, limit: defaultSearchLimit, cursor: null };
  if (parsed.success) {
    const { kind, investigation, verdict, status, language, outlet, from, to } = parsed.data;
    Object.assign(
      request,
      Object.fromEntries(
        Object.entries({ kind, investigationId: investigation, verdict, status, language, outlet, from, to }).filter(([, value]) => value !== undefined),
      ),
    );
  }
  const counts = one("counts");
  if (counts !== undefined) {
    if (counts === "1" || counts === "0") request.counts = counts === "1";
    else fields.counts = "counts is 1 (count the matches by kind, the default) or 0.";
  }
  const limit = one("limit");
  if (limit !== undefined) {
    const value = /^\d{1,4}$/.test(limit) ? Number(limit) : Number.NaN;
    if (value >= 1 && value <= maxSearchLimit) request.limit = value;
    else fields.limit = `limit is a whole number from 1 to ${maxSearchLimit}.`;
  }
  const cursor = one("cursor");
  if (cursor !== undefined) {
    request.cursor = decodeSearchCursor(cursor);
    if (!request.cursor) fields.cursor = "This cursor is not one the search gave; start again without it.";
  }
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", Object.values(fields).join(" "), { fields });
  return request;
}
