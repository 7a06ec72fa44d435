import { AppError } from "../errors";
import { readPage, type ListCursor } from "../list-cursor";
import { isClaimStatus, type ClaimStatus } from "./claim-status";

/**
 * The filters of an investigation's claim list, shared by the page (its URL) and
 * `GET /api/v1/investigations/{id}/claims`: the same names and values in both, so a list's
 * address can be pasted into either. Every filter is optional; given ones must all hold.
 * `verdict`, `assignee` and `fact` take `none` for "has none"; `assignee` also takes `me`.
 */
export type ClaimFilter = {
  status?: ClaimStatus;
  verdict?: string;
  assignee?: string;
  source?: string;
  fact?: string;
  conflict?: boolean;
  overdue?: boolean;
};
export type ClaimListQuery = { filter: ClaimFilter; cursor: ListCursor | null; limit: number };

export const claimFilterNames = ["status", "verdict", "assignee", "source", "fact", "conflict", "overdue"] as const;

type Params = Record<string, string | string[] | undefined>;
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const yes = new Set(["1", "true", "yes"]);
const no = new Set(["0", "false", "no"]);

/**
 * Reads the list's query from URL parameters (a page's `searchParams`, or a request's). Empty
 * values mean "not filtered". INVALID, with a sentence at each bad field, for an unknown
 * status, a malformed id, a yes/no that is neither, a cursor that is not ours, or a limit
 * outside 1–200. A parameter given twice is refused at its name.
 */
export function parseClaimListQuery(params: Params): ClaimListQuery {
  const fields: Record<string, string> = {};
  const one = (name: string): string | undefined => {
    const value = params[name];
    if (Array.isArray(value)) {
      fields[name] = `Give ${name} once.`;
      return undefined;
    }
    return value?.trim() || undefined;
  };
  const filter: ClaimFilter = {};
  const status = one("status");
  if (status !== undefined) {
    if (isClaimStatus(status)) filter.status = status;
    else fields.status = "status is one of open, in-review, approved.";
  }
  const verdict = one("verdict");
  if (verdict !== undefined) {
    if (/^[a-z0-9-]{1,40}$/.test(verdict)) filter.verdict = verdict;
    else fields.verdict = "verdict is a key of the investigation's scale (such as mostly-false), or none.";
  }
  for (const name of ["assignee", "source", "fact"] as const) {
    const value = one(name);
    if (value === undefined) continue;
    if (idPattern.test(value)) filter[name] = value;
    else fields[name] = `${name} is an id${name === "source" ? "" : ", or none"}${name === "assignee" ? " or me" : ""}.`;
  }
  if (filter.source === "none") fields.source = "source is an id.";
  for (const name of ["conflict", "overdue"] as const) {
    const value = one(name)?.toLowerCase();
    if (value === undefined) continue;
    if (yes.has(value)) filter[name] = true;
    else if (no.has(value)) filter[name] = false;
    else fields[name] = `${name} is 1 (yes) or 0 (no).`;
  }
  const { cursor, limit } = readPage(one("cursor"), one("limit"), fields);
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", Object.values(fields).join(" "), { fields });
  return { filter, cursor, limit };
}

/** The filter as URL parameters (for links: the next page, a count that opens its list); unset filters are left out. */
export function claimFilterParams(filter: ClaimFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of claimFilterNames) {
    const value = filter[name];
    if (value === undefined) continue;
    params.set(name, typeof value === "boolean" ? (value ? "1" : "0") : value);
  }
  return params;
}

/** URLSearchParams as the record `parseClaimListQuery` reads (repeated names become arrays). */
export function paramsRecord(search: URLSearchParams): Params {
  const record: Params = {};
  for (const [name, value] of search) {
    const seen = record[name];
    record[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return record;
}

/** `cursor` and `limit` of a list without filters (`GET /api/v1/investigations`); INVALID at the field like the claim list. */
export function parsePageQuery(params: Params): { cursor: ListCursor | null; limit: number } {
  const fields: Record<string, string> = {};
  const one = (name: string) => {
    const value = params[name];
    if (Array.isArray(value)) fields[name] = `Give ${name} once.`;
    return Array.isArray(value) ? undefined : value?.trim() || undefined;
  };
  const page = readPage(one("cursor"), one("limit"), fields);
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", Object.values(fields).join(" "), { fields });
  return page;
}
