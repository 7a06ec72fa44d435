/**
 * Cursors of the paginated lists (claims of an investigation, investigations): the sort key
 * and id of the last row of a page, as an opaque URL-safe string. A cursor is not a secret
 * and grants nothing; it only says where the next page starts, so rows added meanwhile
 * never shift a page (keyset pagination).
 */
export type ListCursor = { at: string; id: string };
export const defaultPageSize = 50;
export const maxPageSize = 200;

const toBase64Url = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
const fromBase64Url = (text: string) => atob(text.replaceAll("-", "+").replaceAll("_", "/"));

/** The cursor after `row`. Sort keys and ids are ASCII (ISO timestamps, UUIDs). */
export function encodeListCursor({ at, id }: ListCursor): string {
  return toBase64Url(JSON.stringify([at, id]));
}

/** The cursor a client sent back, or null when it is not one of ours (the caller answers INVALID at `cursor`). */
export function decodeListCursor(text: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || !at || !id) return null;
    return { at, id };
  } catch {
    return null;
  }
}

/**
 * `cursor` and `limit` of a list request (`limit` 1–200, default 50). Bad values are
 * written into `fields` (INVALID at that field, for the caller to throw with its others).
 */
export function readPage(cursorText: string | undefined, limitText: string | undefined, fields: Record<string, string>) {
  const cursor = cursorText === undefined ? null : decodeListCursor(cursorText);
  if (cursorText !== undefined && !cursor) fields.cursor = "This cursor is not one the list gave; start again without it.";
  let limit = defaultPageSize;
  if (limitText !== undefined) {
    limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (!(limit >= 1 && limit <= maxPageSize)) fields.limit = `limit is a whole number from 1 to ${maxPageSize}.`;
  }
  return { cursor, limit };
}
