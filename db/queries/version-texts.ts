import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { sourceVersions } from "../schema";

/**
 * The texts of source versions, cached in this process. Versions are immutable, so a cached
 * text can never be stale; without the cache, every highlight on a long source re-read its
 * whole text (a 280 KB copy per claim created). Least recently used texts are dropped past
 * `maxCachedChars` (about 64 MB of UTF-16).
 */
const maxCachedChars = 32 * 1024 * 1024;
const cache = new Map<string, string>();
let cachedChars = 0;

export async function getVersionText(reader: Database, versionId: string): Promise<string | undefined> {
  const hit = cache.get(versionId);
  if (hit !== undefined) {
    cache.delete(versionId);
    cache.set(versionId, hit);
    return hit;
  }
  const [row] = await reader.select({ text: sourceVersions.text }).from(sourceVersions).where(eq(sourceVersions.id, versionId));
  const text = row?.text;
  if (text === undefined) return undefined;
  cache.set(versionId, text);
  cachedChars += text.length;
  for (const [id, old] of cache) {
    if (cachedChars <= maxCachedChars || id === versionId) break;
    cache.delete(id);
    cachedChars -= old.length;
  }
  return text;
}
