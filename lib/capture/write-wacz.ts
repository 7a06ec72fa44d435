import { createHash, randomUUID } from "node:crypto";
import { zipSync, type Zippable } from "fflate";
import { cdxjIndex } from "./cdxj-index";
import { CAPTURE_SOFTWARE } from "./warc-records";

export const WACZ_VERSION = "1.1.1";

export type WaczPage = { url: string; title: string; ts: string };

/**
 * A WACZ 1.1.1 file (https://specs.webrecorder.net/wacz/1.1.1/) of one captured page:
 * - `archive/data.warc.gz`: `warc`, every exchange as WARC/1.1 records (warc-records.ts);
 * - `indexes/index.cdx`: its CDXJ index (cdxj-index.ts);
 * - `pages/pages.jsonl`: the header line and the one page (final URL, capture time, title);
 * - `datapackage.json`: every file above with `sha256:` hash and size in bytes, plus
 *   `mainPageURL`/`mainPageDate`, so ReplayWeb.page opens on the page;
 * - `datapackage-digest.json`: the SHA-256 of datapackage.json.
 * Every entry is STORED (no deflate): the spec requires it for the WARC, whose gzip members
 * are addressed by offset, and the others are small. The zip is written by fflate (one
 * small, dependency-free, maintained library that both writes and reads zips; js-wacz was
 * not used: it works on files and brings archiver, piscina, glob and a CLI).
 */
export async function writeWacz({ warc, page, createdAt }: { warc: Buffer; page: WaczPage; createdAt: string }): Promise<Buffer> {
  const cdx = Buffer.from(await cdxjIndex(warc, "data.warc.gz"), "utf8");
  const pages = Buffer.from(
    [
      JSON.stringify({ format: "json-pages-1.0", id: "pages", title: "All Pages" }),
      JSON.stringify({ id: randomUUID(), url: page.url, ts: page.ts, title: page.title }),
    ].join("\n") + "\n",
    "utf8",
  );
  const files: [string, Buffer][] = [
    ["archive/data.warc.gz", warc],
    ["indexes/index.cdx", cdx],
    ["pages/pages.jsonl", pages],
  ];
  const datapackage = Buffer.from(
    JSON.stringify(
      {
        profile: "data-package",
        wacz_version: WACZ_VERSION,
        title: page.title || page.url,
        software: CAPTURE_SOFTWARE,
        created: createdAt,
        mainPageURL: page.url,
        mainPageDate: page.ts,
        resources: files.map(([path, bytes]) => ({ name: path.slice(path.lastIndexOf("/") + 1), path, hash: `sha256:${sha256(bytes)}`, bytes: bytes.length })),
      },
      null,
      2,
    ),
    "utf8",
  );
  const digest = Buffer.from(JSON.stringify({ path: "datapackage.json", hash: `sha256:${sha256(datapackage)}` }, null, 2), "utf8");

  const mtime = new Date(createdAt);
  const zippable: Zippable = {};
  for (const [path, bytes] of [...files, ["datapackage.json", datapackage] as const, ["datapackage-digest.json", digest] as const]) {
    zippable[path] = [new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { level: 0, mtime }];
  }
  return Buffer.from(zipSync(zippable));
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
