import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvChunks, csvColumns, neutraliseFormula, toCsv } from "./csv";
import type { ExportDocument } from "./model";
import { documentWithText, sampleExportDocument } from "./test-document";

type Column = (typeof csvColumns)[number];

/** Strict RFC 4180 reading: a stray quote or a short or long row throws. */
function parseCsv(csv: string): string[][] {
  return parse(csv, { record_delimiter: "\r\n", relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false });
}

/** The data rows of `csv` as objects keyed by column, after checking the header. */
function rowsOf(csv: string): Array<Record<Column, string>> {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...csvColumns]);
  for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  return rows.map((row) => Object.fromEntries(csvColumns.map((column, i) => [column, row[i]])) as Record<Column, string>);
}

/** The columns that carry user text in `documentWithText` (each holds exactly the payload there). */
const payloadColumns = ["investigation", "source", "outlet", "quote", "prefix", "suffix", "rationale", "created_by"] as const satisfies readonly Column[];

/** Formula characters a spreadsheet acts on, after leading spaces and quotes. */
const formulaStart = /^[ "]*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(1,1)", "\t=1", "\r=1", "\0=1", " =1", '"=1', ' " -1', "＝1", "＠x"])("prefixes %j with a quote", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["", "   ", '""', "plain", "1+1", "a=b", "'=1", "2025-03-18", "https://x.example/?a=-1", 'a,b"c\nd'])("leaves %j alone", (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe("toCsv", () => {
  it("writes RFC 4180 records with CRLF, header first", () => {
    const csv = toCsv(sampleExportDocument());
    expect(csv.startsWith(`${csvColumns.join(",")}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("round-trips the sample document, one row per claim", () => {
    const doc = sampleExportDocument();
    const rows = rowsOf(toCsv(doc));
    expect(rows.map((r) => r.claim_id)).toEqual(["c-1", "c-2", "c-3", "c-4"]);
    const [c1, c2, c3, orphan] = rows;

    expect(c1).toEqual({
      investigation: "CECOT flights, March 2025",
      source: "Deportees land in El Salvador",
      outlet: "Daily Ledger",
      source_url: "https://ledger.example/news/deportees",
      published: "2025-03-16",
      version: "1",
      quote: "over 200 deportees",
      prefix: "Officials said that ",
      suffix: " landed in San Salvador on Sunda",
      start: "20",
      end: "38",
      start_code_point: "20",
      end_code_point: "38",
      anchor: "exact",
      status: "approved",
      verdict: "Mostly true",
      rating_value: "4",
      rationale: "The ministry's list names **238** people; see [the list](https://gov.example/list).",
      assignee: "Alice Reviewer",
      approved_by: "Ed Itor",
      approved_at: "2025-03-19T12:00:00.000Z",
      evidence_count: "2",
      evidence_links: "https://gov.example/list",
      evidence_captured_at: "2025-03-17T10:02:00.000Z",
      evidence_archive_sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      fact: "People flown to CECOT on 16 March 2025",
      figure: "over 200",
      interval: "more than 200",
      low: "200",
      high: "",
      conflicts: "",
      claim_url: "https://corroborate.example/sources/s-a?claim=c-1",
      claim_id: "c-1",
      created_by: "Alice Reviewer",
      created_at: "2025-03-18T10:00:00.000Z",
      statement: "over 200 deportees",
      claimant: "",
      published_url: "https://factdesk.example/cecot-flights",
    });

    expect(c2).toMatchObject({
      quote: "A lawyer disputed the account",
      verdict: "",
      rating_value: "",
      evidence_count: "0",
      evidence_links: "",
      fact: "",
      figure: "",
      low: "",
      high: "",
    });
    expect(c3).toMatchObject({
      source_url: "urn:corroborate:source:s-b",
      outlet: "",
      version: "2",
      verdict: "Mixed",
      rating_value: "3",
      interval: "225 to 275",
      low: "225",
      high: "275",
      figure: "roughly 250",
    });
    expect(orphan).toMatchObject({ anchor: "orphan", version: "1", quote: "261 men", start: "40", end: "47" });
  });

  it("writes the span in UTF-16 units and in code points", () => {
    const doc = sampleExportDocument();
    const c3 = doc.claims[2]!;
    const [, , row] = rowsOf(toCsv(doc));
    expect(row).toMatchObject({
      start: String(c3.target.start),
      end: String(c3.target.end),
      start_code_point: String(c3.target.codePoints.start),
      end_code_point: String(c3.target.codePoints.end),
    });
  });

  it("joins several evidence links and conflict reasons with ' | '", () => {
    const doc = sampleExportDocument();
    const c1 = doc.claims[0]!;
    c1.evidence = [...c1.evidence, { ...c1.evidence[0]!, id: "e-3", url: "https://second.example/" }];
    c1.conflicts = ["238 is not more than 250", "a second reason"];
    const [row] = rowsOf(toCsv(doc));
    expect(row?.evidence_links).toBe("https://gov.example/list | https://second.example/");
    expect(row?.evidence_count).toBe("3");
    expect(row?.conflicts).toBe("238 is not more than 250 | a second reason");
  });

  it("writes each linked evidence's capture time and archive hash in the order of evidence_links, empty where a link has no capture", () => {
    const doc = sampleExportDocument();
    const c1 = doc.claims[0]!;
    c1.evidence = [...c1.evidence, { ...c1.evidence[0]!, id: "e-3", url: "https://second.example/", capture: null }];
    const [row] = rowsOf(toCsv(doc));
    expect(row?.evidence_links).toBe("https://gov.example/list | https://second.example/");
    expect(row?.evidence_captured_at).toBe("2025-03-17T10:02:00.000Z | ");
    expect(row?.evidence_archive_sha256).toBe("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | ");
    expect(rowsOf(toCsv(doc))[1]?.evidence_captured_at).toBe("");
  });

  it("writes only the header for a document without claims", () => {
    const doc: ExportDocument = { ...sampleExportDocument(), claims: [] };
    expect(parseCsv(toCsv(doc))).toEqual([[...csvColumns]]);
  });
});

describe("csvChunks", () => {
  it("yields the header, then one complete record per claim", () => {
    const doc = sampleExportDocument();
    const chunks = [...csvChunks(doc)];
    expect(chunks).toHaveLength(doc.claims.length + 1);
    for (const chunk of chunks) expect(parseCsv(chunk)).toHaveLength(1);
    expect(chunks.join("")).toBe(toCsv(doc));
  });
});

describe("formula injection (Appendix C3)", () => {
  const dangerous = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "\0=1+1",
    " =1+1",
    '"=1+1',
    '=HYPERLINK("http://127.0.0.1:9/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    '=WEBSERVICE("http://127.0.0.1:9")',
  ];

  it.each(dangerous)("neutralises %j in every user-text cell", (payload) => {
    const doc = documentWithText(payload);
    const rows = rowsOf(toCsv(doc));
    expect(rows).toHaveLength(doc.claims.length);
    for (const row of rows) {
      for (const column of payloadColumns) expect(row[column]).toBe(`'${payload}`);
      expect(["", `'${payload}`]).toContain(row.fact);
      expect(["", `'${payload}`]).toContain(row.conflicts);
    }
    expect(rows[0]?.fact).toBe(`'${payload}`);
    expect(rows[0]?.conflicts).toBe(`'${payload}`);
  });

  it("quotes commas, quotes and line breaks and returns them unchanged", () => {
    const payload = 'a,b"c\nd';
    const rows = rowsOf(toCsv(documentWithText(payload)));
    for (const row of rows) for (const column of payloadColumns) expect(row[column]).toBe(payload);
    expect(rows[0]?.fact).toBe(payload);
  });

  it("neutralises user names, verdict labels, figures and URLs too", () => {
    const doc = sampleExportDocument();
    const c1 = doc.claims[0]!;
    c1.assignee = { id: "u", name: "=assignee" };
    c1.approvedBy = { id: "u", name: "+approver" };
    c1.verdict = { key: "x", label: "-label", ratingValue: 4 };
    c1.quantity = { ...c1.quantity!, text: "@figure" };
    c1.evidence = [{ ...c1.evidence[0]!, url: "=evidence" }];
    c1.url = "=claim";
    doc.sources[0]!.url = "=source";
    const [row] = rowsOf(toCsv(doc));
    expect(row).toMatchObject({
      assignee: "'=assignee",
      approved_by: "'+approver",
      verdict: "'-label",
      rating_value: "4",
      figure: "'@figure",
      evidence_links: "'=evidence",
      claim_url: "'=claim",
      source_url: "'=source",
    });
  });

  it("never prefixes the generated numbers", () => {
    const [row] = rowsOf(toCsv(documentWithText("=1+1")));
    for (const column of ["version", "start", "end", "start_code_point", "end_code_point", "rating_value", "evidence_count", "low"] as const) {
      expect(row?.[column]).toMatch(/^\d+$/);
    }
  });
});

describe("any quote text", () => {
  const awkward = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "\0", " ", '"', ",", "'", "＝", "a");
  const text = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: awkward }),
    fc.tuple(fc.string({ unit: awkward, maxLength: 4 }), fc.string()).map(([a, b]) => a + b),
  );

  it("round-trips as its neutralised form and never starts a formula", () => {
    fc.assert(
      fc.property(text, (payload) => {
        const doc = documentWithText(payload);
        const rows = rowsOf(toCsv(doc));
        expect(rows).toHaveLength(doc.claims.length);
        for (const row of rows) {
          expect(row.quote).toBe(neutraliseFormula(payload));
          for (const column of payloadColumns) expect(row[column]).not.toMatch(formulaStart);
        }
      }),
      { numRuns: 300 },
    );
  });
});
