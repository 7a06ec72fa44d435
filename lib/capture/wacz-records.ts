import { unzipSync } from "fflate";
import { WARCParser } from "warcio";

export type WarcRecordSummary = { type: string; url: string; status: number | null; payload: Buffer; ipAddress: string | null };

/**
 * The WARC records of a WACZ's `archive/data.warc.gz`, in order, each with its type, target
 * URL, HTTP status (responses) and payload: for tests and tools that look inside a capture.
 * Throws when the zip or a record does not parse (use verifyWacz to report problems instead).
 */
export async function listWarcRecords(wacz: Buffer): Promise<WarcRecordSummary[]> {
  const files = unzipSync(new Uint8Array(wacz.buffer, wacz.byteOffset, wacz.length));
  const warc = files["archive/data.warc.gz"];
  if (!warc) throw new Error("The WACZ has no archive/data.warc.gz");
  const records: WarcRecordSummary[] = [];
  for await (const record of WARCParser.iterRecords([warc])) {
    const payload = Buffer.from(await record.readFully(false));
    const status = record.warcType === "response" ? Number(record.httpHeaders?.statusCode) : null;
    records.push({ type: record.warcType, url: record.warcTargetURI ?? "", status, payload, ipAddress: record.warcHeader("WARC-IP-Address") ?? null });
  }
  return records;
}
