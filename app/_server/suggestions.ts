import { suggestClaims, type Suggestion } from "@/lib/suggestions";

/**
 * Suggestions for a source version, memoised by version id: versions are immutable, so
 * the result never goes stale, and a long source is analysed once per server process.
 */
const cache = new Map<string, Suggestion[]>();
const maxEntries = 50;

export function suggestClaimsForVersion(version: { id: string; text: string }): Suggestion[] {
  const cached = cache.get(version.id);
  if (cached) return cached;
  const suggestions = suggestClaims(version.text);
  if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
  cache.set(version.id, suggestions);
  return suggestions;
}
