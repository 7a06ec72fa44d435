import { unzipSync, type UnzipFileInfo } from "fflate";
import { WARCParser } from "warcio";
import { sha256 } from "./write-wacz";

export type WaczVerification = { ok: boolean; problems: string[]; records: number; pages: string[] };

type DataPackage = { resources?: { path?: unknown; hash?: unknown; bytes?: unknown }[] };

/**
 * Re-reads a WACZ and reports everything wrong with it, in English, one problem a line:
 * the zip does not open; datapackage.json or datapackage-digest.json is missing or not JSON;
 * the digest does not match datapackage.json; a listed resource is missing, or its
 * `sha256:` hash or byte size differs; a WARC is deflated in the zip (the spec wants it
 * stored); a WARC record does not parse or its payload does not match its
 * WARC-Payload-Digest; a CDXJ line points outside its WARC; a page in pages.jsonl has no
 * response record. `records` counts the WARC records read, `pages` lists the pages' URLs.
 * `ok` is true when there are no problems. Never throws on bad input.
 */
export async function verifyWacz(bytes: Buffer): Promise<WaczVerification> {
  const problems: string[] = [];
  const compression = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
      filter: (info: UnzipFileInfo) => {
        compression.set(info.name, info.compression);
        return true;
      },
    });
  } catch (error) {
    return { ok: false, problems: [`The file is not a readable zip (${(error as Error).message}).`], records: 0, pages: [] };
  }

  const datapackage = files["datapackage.json"];
  const manifest = datapackage ? parseJson<DataPackage>(datapackage, "datapackage.json", problems) : null;
  if (!datapackage) problems.push("datapackage.json is missing.");
  const digestFile = files["datapackage-digest.json"];
  if (!digestFile) problems.push("datapackage-digest.json is missing.");
  const digest = digestFile ? parseJson<{ hash?: unknown }>(digestFile, "datapackage-digest.json", problems) : null;
  if (digest && datapackage && digest.hash !== `sha256:${sha256(datapackage)}`) problems.push("datapackage-digest.json does not match datapackage.json.");

  for (const resource of manifest?.resources ?? []) {
    const path = String(resource.path);
    const content = files[path];
    if (!content) {
      problems.push(`${path} is listed in datapackage.json but missing.`);
      continue;
    }
    if (resource.hash !== `sha256:${sha256(content)}`) problems.push(`${path}: its SHA-256 does not match datapackage.json.`);
    if (resource.bytes !== content.length) problems.push(`${path}: ${content.length} bytes, datapackage.json says ${String(resource.bytes)}.`);
  }
  if (manifest && !Array.isArray(manifest.resources)) problems.push("datapackage.json lists no resources.");

  let records = 0;
  const responses = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    if (!/^archive\/.+\.warc(\.gz)?$/.test(path)) continue;
    if (compression.get(path) !== 0) problems.push(`${path} is compressed in the zip; WACZ requires it stored.`);
    try {
      for await (const record of WARCParser.iterRecords([content])) {
        records++;
        const payload = await record.readFully(false);
        const declared = record.warcPayloadDigest;
        if (record.warcType === "response") {
          responses.add(record.warcTargetURI ?? "");
          if (declared?.startsWith("sha256:") && declared.slice(7) !== sha256(payload)) {
            problems.push(`${path}: the response record for ${record.warcTargetURI ?? "?"} does not match its payload digest.`);
          }
        }
      }
    } catch (error) {
      problems.push(`${path}: a WARC record does not parse (${(error as Error).message}).`);
    }
    checkIndex(files, path, content.length, problems);
  }
  if (records === 0) problems.push("The archive holds no WARC records.");

  const pages: string[] = [];
  const pagesFile = files["pages/pages.jsonl"];
  if (!pagesFile) problems.push("pages/pages.jsonl is missing.");
  for (const line of pagesFile ? Buffer.from(pagesFile).toString("utf8").split("\n").slice(1) : []) {
    if (!line.trim()) continue;
    const entry = parseJson<{ url?: unknown }>(Buffer.from(line, "utf8"), "a line of pages.jsonl", problems);
    if (typeof entry?.url !== "string") continue;
    pages.push(entry.url);
    if (!responses.has(entry.url)) problems.push(`The page ${entry.url} has no response record in the archive.`);
  }
  return { ok: problems.length === 0, problems, records, pages };
}

/** Every CDXJ line naming this WARC must point inside it. */
function checkIndex(files: Record<string, Uint8Array>, warcPath: string, warcSize: number, problems: string[]): void {
  const name = warcPath.slice(warcPath.lastIndexOf("/") + 1);
  for (const [path, content] of Object.entries(files)) {
    if (!path.startsWith("indexes/") || !/\.cdxj?$/.test(path)) continue;
    for (const line of Buffer.from(content).toString("utf8").split("\n")) {
      const json = line.slice(line.indexOf("{"));
      if (!line.trim() || !json.startsWith("{")) continue;
      const entry = parseJson<{ filename?: string; offset?: string; length?: string }>(Buffer.from(json, "utf8"), `a line of ${path}`, problems);
      if (!entry || entry.filename !== name) continue;
      if (Number(entry.offset) + Number(entry.length) > warcSize) problems.push(`${path}: an entry points outside ${warcPath}.`);
    }
  }
}

function parseJson<T>(bytes: Uint8Array, what: string, problems: string[]): T | null {
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8")) as T;
  } catch {
    problems.push(`${what} is not valid JSON.`);
    return null;
  }
}
