import { claimStatuses, isClaimStatus, type ClaimStatus } from "../checking/claim-status";
import { AppError } from "../errors";
import { isLanguageCode } from "../languages";
import { decodeListCursor, encodeListCursor } from "../list-cursor";

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

type Params = Record<string, string | string[] | undefined>;
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => dayPattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * Reads a search request from URL parameters. Empty values mean "not given" (`q` empty is a
 * request with nothing to find, answered with no results). INVALID, with a sentence at each bad
 * field: an unknown kind or status, counts other than 0 or 1, a malformed id, verdict, language or day, `from` after `to`,
 * a cursor that is not ours, a limit outside 1–50, a parameter given twice, a query past 1,000
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
  const q = one("q") ?? "";
  if (q.length > maxSearchQueryLength) fields.q = `q is at most ${maxSearchQueryLength} characters.`;
  const request: SearchRequest = { q, counts: true, limit: defaultSearchLimit, cursor: null };
  const kind = one("kind");
  if (kind !== undefined) {
    if ((searchKinds as readonly string[]).includes(kind)) request.kind = kind as SearchKindName;
    else fields.kind = `kind is one of ${searchKinds.join(", ")}.`;
  }
  const investigation = one("investigation");
  if (investigation !== undefined) {
    if (idPattern.test(investigation)) request.investigationId = investigation;
    else fields.investigation = "investigation is an investigation's id.";
  }
  const verdict = one("verdict");
  if (verdict !== undefined) {
    if (/^[a-z0-9-]{1,40}$/.test(verdict)) request.verdict = verdict;
    else fields.verdict = "verdict is a key of a verdict scale (such as mostly-false).";
  }
  const status = one("status");
  if (status !== undefined) {
    if (isClaimStatus(status)) request.status = status;
    else fields.status = `status is one of ${claimStatuses.join(", ")}.`;
  }
  const language = one("language")?.toLowerCase();
  if (language !== undefined) {
    if (isLanguageCode(language)) request.language = language;
    else fields.language = "language is an ISO 639-1 code (such as es or en).";
  }
  const outlet = one("outlet");
  if (outlet !== undefined) {
    if (outlet.length <= 200) request.outlet = outlet;
    else fields.outlet = "outlet is at most 200 characters.";
  }
  for (const name of ["from", "to"] as const) {
    const value = one(name);
    if (value === undefined) continue;
    if (isDay(value)) request[name] = value;
    else fields[name] = `${name} is a day written YYYY-MM-DD.`;
  }
  if (request.from && request.to && request.from > request.to) fields.to = "to is on or after from.";
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
