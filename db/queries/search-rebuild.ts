import "server-only";
import { searchKinds } from "@/lib/validation/search";
import { writeTransaction } from "../connection";
import { countSearchDocuments, rebuildBatch, type RebuildCounts } from "./search-index";
import { getSetting, setSetting } from "./settings";

/**
 * Which indexer wrote the index: raise it when what a row holds changes (search-documents.ts,
 * lib/search's terms, the signature), and the next start rebuilds the index. A workspace made
 * before the index existed has none, so its first start fills it.
 */
export const searchIndexVersion = "1";
const versionSetting = "search.index-version";

/**
 * Rewrites every row of the index from what it indexes (npm run search -- --rebuild), kind by
 * kind in id order, `batchSize` things per transaction, so the writer is never held long and
 * search keeps answering from the rows not yet rewritten. Rows cannot outlive their subject
 * (foreign keys), so rewriting every subject is a whole rebuild. Returns the rows written by kind.
 */
export async function rebuildSearchIndex({
  batchSize = 500,
  onBatch,
}: { batchSize?: number; onBatch?: (kind: string, written: number) => void } = {}): Promise<RebuildCounts> {
  const written: RebuildCounts = { claim: 0, source: 0, fact: 0, evidence: 0, comment: 0 };
  for (const kind of searchKinds) {
    // Sources carry their whole text: smaller batches keep each transaction short.
    const limit = kind === "source" ? Math.max(1, Math.ceil(batchSize / 10)) : batchSize;
    let after = "";
    for (;;) {
      const batch = await writeTransaction(() => rebuildBatch(kind, after, limit));
      written[kind] += batch.written;
      if (batch.written > 0) onBatch?.(kind, written[kind]);
      if (batch.lastId === null || batch.written < limit) break;
      after = batch.lastId;
    }
  }
  await setSetting(versionSetting, searchIndexVersion);
  return written;
}

/** At start (db:prepare): rebuilds the index when it was written by another indexer version, or never. Returns the counts, or null when it was current. */
export async function ensureSearchIndex(): Promise<RebuildCounts | null> {
  if ((await getSetting(versionSetting)) === searchIndexVersion) return null;
  return rebuildSearchIndex();
}

export { countSearchDocuments };
