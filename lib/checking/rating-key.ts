/**
 * A key for a rating an editor adds: its label in lowercase ASCII letters, digits and
 * hyphens ("Needs context" → "needs-context"), made unique among `taken` with a number
 * suffix. Keys are stored on claims, so existing ratings keep theirs when renamed.
 */
export function ratingKeyFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32) || "rating";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
