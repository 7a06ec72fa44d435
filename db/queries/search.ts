import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { canSearchWorkspace, type Actor } from "@/lib/permissions";
import {
  parseSearchQuery,
  snippetOf,
  snippetWithHighlights,
  tokensOf,
  toFts5Match,
  toTsquery,
  type ParsedSearchQuery,
  type SnippetSegment,
} from "@/lib/search";
import { defaultSearchLimit, encodeSearchCursor, maxSearchLimit, maxSearchOffset, type SearchCursor, type SearchKindName } from "@/lib/validation/search";
import { db, engineKind } from "../connection";
import type { PgSelect } from "drizzle-orm/pg-core";
import { investigations, searchDocuments } from "../schema";
import { assertAllowed } from "./actor";

/**
 * The workspace search (`GET /api/v1/search`, the search page): things of every investigation
 * the actor may read whose index terms (search-index.ts) match the query, best first.
 *
 * Contract: the query is read by lib/search (`parseSearchQuery`: words, "phrases", -exclusions;
 * never throws) and reaches the engine only as a bound parameter, rendered by lib/search:
 * an FTS5 MATCH over the `terms` column on SQLite, a `to_tsquery('simple', …)` on PostgreSQL —
 * the same terms on both, so the same things match. Relevance is the engine's own (bm25 on
 * SQLite, ts_rank_cd on PostgreSQL), and `score` is relevance / (1 + relevance), in 0..1 on
 * both. Order: relevance, then index row; the cursor is how many results came before the page
 * (every result once while the index stays as it is; a write between pages can move a result
 * up or down a place, so one may repeat or be passed over, never the rest of them: bm25 weighs
 * words by how rare they are in the whole index, so any write moves every relevance and a
 * keyset "after the last one" would pass over everything left). `counts` (matches by kind, under every filter but `kind`)
 * come with the first page only (null with a cursor, or when not asked for: `counts: false`). A query with no word to search answers
 * no results, not an error.
 */
export type SearchInput = {
  q: string;
  kind?: SearchKindName;
  investigationId?: string;
  /** A claim's verdict key and status: given, only claims are found (only they have them). */
  verdict?: string;
  status?: string;
  language?: string;
  /** The whole outlet, case ignored (by the engine's lower(): ASCII letters only on SQLite). */
  outlet?: string;
  /** Days YYYY-MM-DD, both included (search-documents.ts says which day each kind has). */
  from?: string;
  to?: string;
  /** Whether the first page also counts the matches by kind (default true; false skips a pass over every match). */
  counts?: boolean;
  /** 1–50 (default 20); larger values are capped. */
  limit?: number;
  cursor?: SearchCursor | null;
};

export type SearchResult = {
  kind: SearchKindName;
  /** The claim's, source's, fact's, evidence item's or comment's id. */
  id: string;
  investigationId: string;
  investigationTitle: string;
  /** Where it sits, for links: the source (claims, their evidence and comments, sources) and the claim (evidence, comments). */
  sourceId: string | null;
  claimId: string | null;
  title: string;
  /** A window of its text with the matching words; `highlights` are [start, end) UTF-16 offsets of them in `snippet`. */
  snippet: string;
  highlights: [number, number][];
  /** The same snippet as segments, for React to mark (never as HTML). */
  segments: SnippetSegment[];
  score: number;
  language: string | null;
  verdict: string | null;
  status: string | null;
  outlet: string | null;
  date: string | null;
};

export type SearchPage = {
  results: SearchResult[];
  nextCursor: string | null;
  counts: Record<SearchKindName, number> | null;
  /** How the query was read: nothing searchable ("no-words", "only-exclusions"), or words left out past the limits. */
  query: Pick<ParsedSearchQuery, "isSearchable" | "emptyReason" | "truncated">;
};

const noCounts = (): Record<SearchKindName, number> => ({ claim: 0, source: 0, fact: 0, evidence: 0, comment: 0 });

/** How the running engine matches and ranks: the join (SQLite's FTS5 table), the condition and the relevance, higher is better. */
function fullTextMatch(parsed: ParsedSearchQuery): { join: SQL | null; where: SQL; relevance: SQL<number> } | null {
  if (engineKind() === "sqlite") {
    const match = toFts5Match(parsed, { column: "terms" });
    if (match === null) return null;
    return {
      join: sql`search_documents_fts`,
      where: sql`search_documents_fts MATCH ${match}`,
      // bm25 is lower for better matches; the signature column does not count.
      relevance: sql<number>`(-bm25(search_documents_fts, 1.0, 0.0))`,
    };
  }
  const tsquery = toTsquery(parsed);
  if (tsquery === null) return null;
  return {
    join: null,
    where: sql`"search_documents"."terms_vector" @@ to_tsquery('simple', ${tsquery})`,
    relevance: sql<number>`ts_rank_cd("search_documents"."terms_vector", to_tsquery('simple', ${tsquery}))`,
  };
}

function filtersOf(input: SearchInput): SQL[] {
  const filters: SQL[] = [];
  if (input.investigationId) filters.push(eq(searchDocuments.investigationId, input.investigationId));
  if (input.verdict) filters.push(eq(searchDocuments.verdict, input.verdict));
  if (input.status) filters.push(eq(searchDocuments.status, input.status));
  if (input.language) filters.push(eq(searchDocuments.language, input.language));
  if (input.outlet) filters.push(sql`lower(${searchDocuments.outlet}) = lower(${input.outlet})`);
  if (input.from) filters.push(gte(searchDocuments.date, input.from));
  if (input.to) filters.push(lte(searchDocuments.date, input.to));
  return filters;
}

export async function searchWorkspace(actor: Actor, input: SearchInput): Promise<SearchPage> {
  assertAllowed(canSearchWorkspace(actor), "You cannot search this workspace.");
  const parsed = parseSearchQuery(input.q);
  const query = { isSearchable: parsed.isSearchable, emptyReason: parsed.emptyReason, truncated: parsed.truncated };
  const matcher = parsed.isSearchable ? fullTextMatch(parsed) : null;
  if (!matcher) return { results: [], nextCursor: null, counts: input.cursor ? null : noCounts(), query };
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? defaultSearchLimit)), maxSearchLimit);
  const filters = filtersOf(input);
  const { cursor } = input;
  const offset = cursor?.offset ?? 0;

  const joinMatch = <Q extends PgSelect>(query: Q): Q =>
    matcher.join ? (query.innerJoin(matcher.join, sql`${matcher.join}.rowid = ${searchDocuments.id}`) as unknown as Q) : query;
  const matches = () =>
    joinMatch(db().select({ row: searchDocuments.id, kind: searchDocuments.kind, relevance: matcher.relevance }).from(searchDocuments).$dynamic());
  const byRank = (a: Ranked, b: Ranked) => b.relevance - a.relevance || a.row - b.row;

  // The first page goes over every match once, counting by kind and keeping the best in the same
  // pass; later pages ask the engine for the next page only. Both read the index row's short
  // columns alone (the long texts are read for the page's rows afterwards).
  let ranked: Ranked[];
  let counts: SearchPage["counts"] = null;
  if (!cursor && input.counts !== false) {
    counts = noCounts();
    const all = (await matches().where(and(matcher.where, ...filters))).map((row) => ({ ...row, relevance: Number(row.relevance) }));
    for (const { kind } of all) if (kind in counts) counts[kind]++;
    ranked = topOf(input.kind ? all.filter((row) => row.kind === input.kind) : all, limit + 1, byRank);
  } else if (matcher.join && filters.length === 0 && !input.kind) {
    // Nothing to filter on (SQLite): the page comes from the full-text index alone, without reading an index row per match.
    const rowid = sql<number>`${matcher.join}.rowid`;
    ranked = (
      await db()
        .select({ row: rowid, relevance: matcher.relevance })
        .from(matcher.join)
        .where(matcher.where)
        .orderBy(desc(matcher.relevance), asc(rowid))
        .limit(limit + 1)
        .offset(offset)
    ).map((row) => ({ row: Number(row.row), relevance: Number(row.relevance) }));
  } else {
    ranked = (
      await matches()
        .where(and(matcher.where, ...filters, input.kind ? eq(searchDocuments.kind, input.kind) : undefined))
        .orderBy(desc(matcher.relevance), asc(searchDocuments.id))
        .limit(limit + 1)
        .offset(offset)
    ).map((row) => ({ ...row, relevance: Number(row.relevance) }));
  }

  const page = ranked.slice(0, limit);
  const documents = await documentsOf(page.map((row) => row.row));
  const results: SearchResult[] = page.flatMap(({ row, relevance }) => {
    const document = documents.get(row);
    if (!document) return [];
    const { body, terms, ...rest } = document;
    const segments = snippetSegmentsOf(body, terms, parsed, rest.language);
    return [{ ...rest, ...snippetWithHighlights(segments), segments, score: relevance > 0 ? relevance / (1 + relevance) : 0 }];
  });
  const nextCursor = ranked.length > limit && offset + limit <= maxSearchOffset ? encodeSearchCursor({ offset: offset + limit }) : null;
  return { results, nextCursor, counts, query };
}

/** Past this many characters, a snippet is cut from around the body's first match rather than read from the whole text. */
const LONG_BODY = 2_000;

/**
 * The snippet of a row (lib/search `snippetOf`). A long body (a source's whole text) is not read
 * word by word: its terms say which word matches first (search-documents.ts: the n-th term is
 * the body's n-th word), and the snippet is chosen within the words around it — about 0.05 ms
 * instead of 2–3 ms for a 1,000-word source.
 */
function snippetSegmentsOf(body: string, terms: string, parsed: ParsedSearchQuery, language: string | null): SnippetSegment[] {
  if (body.length <= LONG_BODY) return snippetOf(body, parsed, language);
  const wanted = new Set(parsed.include.flatMap((clause) => clause.words.flatMap((word) => word.alternatives)));
  const tokens = tokensOf(body);
  const first = Math.max(
    0,
    terms.split(" ", tokens.length).findIndex((term) => wanted.has(term)),
  );
  const from = Math.max(0, first - 10);
  const to = Math.min(tokens.length, first + 60);
  if (to <= from) return snippetOf(body.slice(0, LONG_BODY), parsed, language);
  const segments = snippetOf(body.slice(tokens[from]!.start, tokens[to - 1]!.end), parsed, language);
  const head = segments[0];
  if (from > 0 && head && !head.text.startsWith("…")) segments.unshift({ text: "… ", match: false });
  const tail = segments.at(-1);
  if (to < tokens.length && tail && !tail.text.endsWith("…")) segments.push({ text: " …", match: false });
  return joinedSegments(segments);
}

/** Adjacent segments of the same kind as one. */
function joinedSegments(segments: SnippetSegment[]): SnippetSegment[] {
  const joined: SnippetSegment[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last && last.match === segment.match) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}

type Ranked = { row: number; kind?: SearchKindName; relevance: number };

/** The first `n` of `rows` in `order`, without sorting them all (a bounded insertion: n is at most 51). */
function topOf<T>(rows: readonly T[], n: number, order: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const row of rows) {
    if (best.length === n && order(row, best[n - 1]!) >= 0) continue;
    let at = best.length === n ? n - 1 : best.length;
    while (at > 0 && order(row, best[at - 1]!) < 0) at--;
    best.splice(at, 0, row);
    if (best.length > n) best.pop();
  }
  return best;
}

/** The page's index rows in full, with their investigation's title, by index row. */
async function documentsOf(rows: number[]) {
  if (rows.length === 0) return new Map<number, Omit<SearchResult, "snippet" | "highlights" | "segments" | "score"> & { body: string; terms: string }>();
  const found = await db()
    .select({
      row: searchDocuments.id,
      kind: searchDocuments.kind,
      id: searchDocuments.subjectId,
      investigationId: searchDocuments.investigationId,
      investigationTitle: investigations.title,
      sourceId: searchDocuments.sourceId,
      claimId: searchDocuments.claimId,
      title: searchDocuments.title,
      language: searchDocuments.language,
      verdict: searchDocuments.verdict,
      status: searchDocuments.status,
      outlet: searchDocuments.outlet,
      date: searchDocuments.date,
      body: searchDocuments.body,
      terms: searchDocuments.terms,
    })
    .from(searchDocuments)
    .innerJoin(investigations, eq(investigations.id, searchDocuments.investigationId))
    .where(inArray(searchDocuments.id, rows));
  return new Map(found.map(({ row, ...document }) => [row, document]));
}
