/**
 * What an `If-Match` header asks for, read against our ETags (`"v<version>"`, strong).
 * - `version`: one strong ETag of ours;
 * - `weak`: a weak ETag (`W/"v3"`), which never matches, since If-Match compares strongly
 *   (RFC 9110 §13.1.1): the precondition fails;
 * - `missing`: no header;
 * - `unusable`: anything else (`*`, a list, another server's tag): we cannot tell which
 *   version the client saw, so the request must be resent with one.
 */
export type IfMatchCondition = { kind: "version"; version: number } | { kind: "weak"; tag: string } | { kind: "missing" } | { kind: "unusable" };

export function parseIfMatch(header: string | null): IfMatchCondition {
  if (header === null || !header.trim()) return { kind: "missing" };
  const value = header.trim();
  if (/^W\/"[^"]*"$/.test(value)) return { kind: "weak", tag: value };
  const strong = /^"v(\d{1,15})"$/.exec(value);
  return strong ? { kind: "version", version: Number(strong[1]) } : { kind: "unusable" };
}
