import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import type { Exchange } from "./exchange";
import { verifyWacz } from "./verify-wacz";
import { warcFile } from "./warc-records";
import { listWarcRecords } from "./wacz-records";
import { writeWacz } from "./write-wacz";

const AT = "2026-12-07T10:02:00.000Z";

function exchange(url: string, body: string, contentType: string, status = 200): Exchange {
  return {
    url,
    date: AT,
    method: "GET",
    requestHeaders: [["user-agent", "test"]],
    requestBody: null,
    status,
    statusText: status === 200 ? "OK" : "Found",
    responseHeaders: [["Content-Type", contentType]],
    body: Buffer.from(body, "utf8"),
    address: "203.0.113.7",
  };
}

const exchanges = [
  exchange("https://news.example/story", "<!DOCTYPE html><title>Story</title><p>The mayor said so.</p><img src=/a.png>", "text/html; charset=utf-8"),
  exchange("https://news.example/a.png", "not really a png", "image/png"),
];

async function sample(): Promise<Buffer> {
  return writeWacz({ warc: await warcFile(exchanges, { createdAt: AT }), page: { url: "https://news.example/story", title: "Story", ts: AT }, createdAt: AT });
}

/** The WACZ with one file replaced (and every entry stored, or `level` for the WARC). */
function rezip(wacz: Buffer, change: (files: Record<string, Uint8Array>) => void, warcLevel: 0 | 6 = 0): Buffer {
  const files = unzipSync(new Uint8Array(wacz));
  change(files);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) zippable[name] = [bytes, { level: name.startsWith("archive/") ? warcLevel : 0 }];
  return Buffer.from(zipSync(zippable));
}

describe("writeWacz and verifyWacz", () => {
  it("writes a WACZ 1.1.1 whose hashes, sizes and WARC records verify", async () => {
    const wacz = await sample();
    const result = await verifyWacz(wacz);
    expect(result).toEqual({ ok: true, problems: [], records: 5, pages: ["https://news.example/story"] });

    const files = unzipSync(new Uint8Array(wacz));
    expect(Object.keys(files).sort()).toEqual([
      "archive/data.warc.gz",
      "datapackage-digest.json",
      "datapackage.json",
      "indexes/index.cdx",
      "pages/pages.jsonl",
    ]);
    const datapackage = JSON.parse(Buffer.from(files["datapackage.json"]!).toString("utf8"));
    expect(datapackage).toMatchObject({ profile: "data-package", wacz_version: "1.1.1", mainPageURL: "https://news.example/story", mainPageDate: AT });
    expect(datapackage.resources.map((r: { path: string }) => r.path).sort()).toEqual(["archive/data.warc.gz", "indexes/index.cdx", "pages/pages.jsonl"]);
    for (const resource of datapackage.resources) expect(resource.hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const cdx = Buffer.from(files["indexes/index.cdx"]!).toString("utf8").trim().split("\n");
    expect(cdx).toHaveLength(2);
    expect(cdx[0]).toMatch(/^example,news\)\/a\.png 20261207100200 \{/);
    expect(JSON.parse(cdx[1]!.slice(cdx[1]!.indexOf("{")))).toMatchObject({ url: "https://news.example/story", status: "200", filename: "data.warc.gz" });

    const records = await listWarcRecords(wacz);
    expect(records.map((r) => [r.type, r.url])).toEqual([
      ["warcinfo", ""],
      ["response", "https://news.example/story"],
      ["request", "https://news.example/story"],
      ["response", "https://news.example/a.png"],
      ["request", "https://news.example/a.png"],
    ]);
    expect(records[1]!.payload.toString("utf8")).toContain("The mayor said so.");
    expect(records[1]!.ipAddress).toBe("203.0.113.7");
  });

  it("reports a WARC whose bytes changed (its SHA-256 and the record no longer match)", async () => {
    const tampered = rezip(await sample(), (files) => {
      const warc = files["archive/data.warc.gz"]!;
      files["archive/data.warc.gz"] = Buffer.concat([warc, Buffer.from("trailing bytes")]);
    });
    const result = await verifyWacz(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toContain("archive/data.warc.gz: its SHA-256 does not match datapackage.json.");
  });

  it("reports a changed datapackage.json through its digest", async () => {
    const tampered = rezip(await sample(), (files) => {
      files["datapackage.json"] = Buffer.from(Buffer.from(files["datapackage.json"]!).toString("utf8").replace('"Story"', '"Another story"'));
    });
    expect((await verifyWacz(tampered)).problems).toEqual(["datapackage-digest.json does not match datapackage.json."]);
  });

  it("reports a deflated WARC, a missing resource and a missing digest", async () => {
    const deflated = rezip(await sample(), () => undefined, 6);
    expect((await verifyWacz(deflated)).problems).toEqual(["archive/data.warc.gz is compressed in the zip; WACZ requires it stored."]);

    const missing = rezip(await sample(), (files) => {
      delete files["pages/pages.jsonl"];
      delete files["datapackage-digest.json"];
    });
    expect((await verifyWacz(missing)).problems).toEqual([
      "datapackage-digest.json is missing.",
      "pages/pages.jsonl is listed in datapackage.json but missing.",
      "pages/pages.jsonl is missing.",
    ]);
  });

  it("reports a record whose payload no longer matches its digest", async () => {
    const wacz = await writeWacz({
      warc: await warcFile([{ ...exchanges[0]!, body: Buffer.from("original words") }], { createdAt: AT }),
      page: { url: exchanges[0]!.url, title: "Story", ts: AT },
      createdAt: AT,
    });
    // Same length, other words: the zip-level hash is recomputed, so only the record digest can tell.
    const tampered = rezip(wacz, (files) => {
      const members = splitGzipMembers(files["archive/data.warc.gz"]!);
      const changed = members.map((member) =>
        gzipSync(Buffer.from(gunzipSync(member).toString("latin1").replace("original words", "replaced words"), "latin1")),
      );
      files["archive/data.warc.gz"] = Buffer.concat(changed);
      const datapackage = JSON.parse(Buffer.from(files["datapackage.json"]!).toString("utf8"));
      for (const resource of datapackage.resources) {
        const bytes = files[resource.path]!;
        resource.hash = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
        resource.bytes = bytes.length;
      }
      files["datapackage.json"] = Buffer.from(JSON.stringify(datapackage));
      files["datapackage-digest.json"] = Buffer.from(
        JSON.stringify({ path: "datapackage.json", hash: `sha256:${createHash("sha256").update(files["datapackage.json"]!).digest("hex")}` }),
      );
    });
    const problems = (await verifyWacz(tampered)).problems;
    expect(problems).toContain(`archive/data.warc.gz: the response record for ${exchanges[0]!.url} does not match its payload digest.`);
  });

  it("says so when the bytes are not a zip", async () => {
    const result = await verifyWacz(Buffer.from("<html>not an archive</html>"));
    expect(result.ok).toBe(false);
    expect(result.records).toBe(0);
    expect(result.problems[0]).toMatch(/^The file is not a readable zip/);
  });
});

/** The gzip members of a WARC file written one record per member (each starts 1f 8b 08 and is found by inflating). */
function splitGzipMembers(bytes: Uint8Array): Buffer[] {
  const members: Buffer[] = [];
  let start = 0;
  for (let i = 1; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0x1f && bytes[i + 1] === 0x8b && bytes[i + 2] === 0x08 && isMemberEnd(bytes, start, i)) {
      members.push(Buffer.from(bytes.subarray(start, i)));
      start = i;
    }
  }
  members.push(Buffer.from(bytes.subarray(start)));
  return members;
}

function isMemberEnd(bytes: Uint8Array, start: number, end: number): boolean {
  try {
    gunzipSync(bytes.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}
