import { CDXIndexer } from "warcio";

/**
 * The CDXJ index of a WARC file (`indexes/index.cdx` in the WACZ), by warcio's own indexer:
 * one line per response (paired with its request), `urlkey timestamp {json}` with the offset
 * and length of the gzipped record in `filename`, sorted as CDXJ must be.
 */
export async function cdxjIndex(warc: Uint8Array, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: "cdxj" });
  const lines: string[] = [];
  for await (const entry of indexer.iterIndex([{ filename, reader: chunks(warc) }])) {
    lines.push(indexer.serializeCDXJ(entry).trimEnd());
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

async function* chunks(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
