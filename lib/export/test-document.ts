/**
 * A small export document for the writers' tests: two sources that disagree about one
 * figure, an approved claim with evidence, an open one, an orphan, and one fact with a
 * conflict. `withText` swaps user text in every field for an attack payload.
 */
import { defaultRatingScale } from "../checking/rating-scale";
import type { ExportClaim, ExportDocument, ExportSource } from "./model";

const alice = { id: "u-alice", name: "Alice Reviewer" };
const ed = { id: "u-ed", name: "Ed Itor" };
const rating = (key: string) => defaultRatingScale.find((r) => r.key === key) ?? null;

const textA = "Officials said that over 200 deportees landed in San Salvador on Sunday night. A lawyer disputed the account.";
const textB = "Flight logs show roughly 250 Venezuelans were on the three planes — 🇻🇪 families were not told.";

function source(id: string, title: string, outlet: string | null, url: string | null, publishedAt: string | null, text: string, number = 1): ExportSource {
  return {
    id,
    title,
    outlet,
    url,
    urn: `urn:corroborate:source:${id}`,
    publishedAt,
    language: "en",
    version: { number, createdAt: "2025-03-17T09:00:00.000Z", sha256: "0".repeat(64), text },
  };
}

function span(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: “${exact}” not in text`);
  const end = start + exact.length;
  return {
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
    codePoints: { start: [...text.slice(0, start)].length, end: [...text.slice(0, end)].length },
  };
}

function claim(partial: Partial<ExportClaim> & Pick<ExportClaim, "id" | "sourceId" | "target">): ExportClaim {
  return {
    url: `https://corroborate.example/sources/${partial.sourceId}?claim=${partial.id}`,
    statement: partial.target.exact,
    isStatementWritten: false,
    claimant: null,
    publishedUrl: "https://factdesk.example/cecot-flights",
    anchorStatus: "exact",
    status: "open",
    verdict: null,
    rationale: "",
    assignee: null,
    createdBy: alice,
    createdAt: "2025-03-18T10:00:00.000Z",
    updatedAt: "2025-03-18T10:00:00.000Z",
    approvedBy: null,
    approvedAt: null,
    evidence: [],
    comments: [],
    assessments: [],
    factId: null,
    quantity: null,
    interval: null,
    conflicts: [],
    ...partial,
  };
}

export function sampleExportDocument(): ExportDocument {
  const a = source("s-a", "Deportees land in El Salvador", "Daily Ledger", "https://ledger.example/news/deportees", "2025-03-16", textA);
  const b = source("s-b", "What the flight logs show", null, null, "2025-03-18", textB, 2);
  const c1 = claim({
    id: "c-1",
    sourceId: a.id,
    target: { versionNumber: 1, versionCreatedAt: a.version.createdAt, ...span(textA, "over 200 deportees") },
    status: "approved",
    verdict: rating("mostly-true"),
    rationale: "The ministry's list names **238** people; see [the list](https://gov.example/list).",
    assignee: alice,
    approvedBy: ed,
    approvedAt: "2025-03-19T12:00:00.000Z",
    evidence: [
      {
        id: "e-1",
        url: "https://gov.example/list",
        outlet: "Ministry",
        quote: "238 people",
        stance: "supports",
        accessedAt: "2025-03-18",
        createdBy: alice,
        createdAt: "2025-03-18T11:00:00.000Z",
        capture: {
          capturedAt: "2025-03-17T10:02:00.000Z",
          sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          archiveUrl: "https://corroborate.example/api/v1/captures/c-1/archive.wacz",
        },
      },
      {
        id: "e-2",
        url: null,
        outlet: "Phone call with a lawyer",
        quote: null,
        stance: "adds-context",
        accessedAt: null,
        createdBy: ed,
        createdAt: "2025-03-18T12:00:00.000Z",
        capture: null,
      },
    ],
    comments: [{ id: "m-1", body: "Checked against the *ministry* list.", author: ed, createdAt: "2025-03-19T11:00:00.000Z" }],
    assessments: [{ reviewer: alice, verdict: rating("mostly-true"), note: "", createdAt: "2025-03-18T13:00:00.000Z" }],
    factId: "f-1",
    quantity: { low: 200, high: null, lowInclusive: false, highInclusive: false, hedge: "more-than", value: 200, unit: "deportees", text: "over 200" },
    interval: "more than 200",
  });
  const c2 = claim({
    id: "c-2",
    sourceId: a.id,
    target: { versionNumber: 1, versionCreatedAt: a.version.createdAt, ...span(textA, "A lawyer disputed the account") },
  });
  const c3 = claim({
    id: "c-3",
    sourceId: b.id,
    target: { versionNumber: 2, versionCreatedAt: b.version.createdAt, ...span(textB, "roughly 250 Venezuelans") },
    status: "in-review",
    verdict: rating("mixed"),
    factId: "f-1",
    quantity: { low: 225, high: 275, lowInclusive: true, highInclusive: true, hedge: "approximately", value: 250, unit: "Venezuelans", text: "roughly 250" },
    interval: "225 to 275",
    conflicts: [],
  });
  const orphan = claim({
    id: "c-4",
    sourceId: b.id,
    anchorStatus: "orphan",
    target: {
      versionNumber: 1,
      versionCreatedAt: "2025-03-17T08:00:00.000Z",
      exact: "261 men",
      prefix: "a total of ",
      suffix: " were",
      start: 40,
      end: 47,
      codePoints: { start: 40, end: 47 },
    },
  });
  return {
    audience: "internal",
    language: "en",
    generatedAt: "2025-03-20T08:00:00.000Z",
    organisation: { name: "Corroborate Desk", url: "https://corroborate.example" },
    workspaceUrl: "https://corroborate.example",
    investigation: {
      id: "i-1",
      title: "CECOT flights, March 2025",
      createdAt: "2025-03-16T20:00:00.000Z",
      updatedAt: "2025-03-19T12:00:00.000Z",
      publishedUrl: "https://factdesk.example/cecot-flights",
    },
    scope: { kind: "investigation" },
    ratingScale: [...defaultRatingScale],
    sources: [a, b],
    claims: [c1, c2, c3, orphan],
    facts: [
      {
        id: "f-1",
        title: "People flown to CECOT on 16 March 2025",
        rows: [
          {
            claimId: c1.id,
            sourceId: a.id,
            sourceTitle: a.title,
            outlet: a.outlet,
            url: a.url,
            publishedAt: a.publishedAt,
            exact: c1.target.exact,
            anchorStatus: c1.anchorStatus,
            wording: c1.target.exact,
            interval: c1.interval,
            quantity: c1.quantity,
            verdict: c1.verdict,
          },
          {
            claimId: c3.id,
            sourceId: b.id,
            sourceTitle: b.title,
            outlet: b.outlet,
            url: b.url,
            publishedAt: b.publishedAt,
            exact: c3.target.exact,
            anchorStatus: c3.anchorStatus,
            wording: c3.target.exact,
            interval: c3.interval,
            quantity: c3.quantity,
            verdict: c3.verdict,
          },
        ],
        conflicts: [],
      },
    ],
  };
}

/**
 * The sample document with `payload` written into every user-text field (titles, outlets,
 * quotes, rationale, evidence, comments, names), for escaping and injection tests.
 */
export function documentWithText(payload: string): ExportDocument {
  const doc = sampleExportDocument();
  const person = { id: "u-x", name: payload };
  doc.investigation.title = payload;
  doc.organisation.name = payload;
  for (const s of doc.sources) {
    s.title = payload;
    s.outlet = payload;
  }
  for (const c of doc.claims) {
    c.target = { ...c.target, exact: payload, prefix: payload, suffix: payload };
    c.rationale = payload;
    c.statement = payload;
    c.isStatementWritten = true;
    c.claimant = payload;
    c.createdBy = person;
    c.evidence = [
      {
        id: `e-${c.id}`,
        url: "https://ok.example/",
        outlet: payload,
        quote: payload,
        stance: "refutes",
        accessedAt: null,
        createdBy: person,
        createdAt: c.createdAt,
        capture: null,
      },
    ];
    c.comments = [{ id: `m-${c.id}`, body: payload, author: person, createdAt: c.createdAt }];
    if (c.interval) c.conflicts = [payload];
  }
  for (const f of doc.facts) {
    f.title = payload;
    f.rows = f.rows.map((r) => ({ ...r, sourceTitle: payload, outlet: payload, exact: payload, wording: payload }));
    f.conflicts = [{ a: f.rows[0]?.claimId ?? "", b: f.rows[1]?.claimId ?? "", reason: payload }];
  }
  return doc;
}
