/**
 * The workspace search on 100,000 claims and 5,000 sources (about 5 million words), in-process
 * on a SQLite file (issue #20): `searchWorkspace` — match, filters, ranking, the page, counts by
 * kind and snippets — against the raw full-text floor measured in the same run (the bare FTS5
 * MATCH of the same query over the same index, best 21 by rank, no join); and what the index
 * adds to creating a claim.
 *
 * The text is generated, deterministically, from the word lists below (written for this bench,
 * English and Spanish, with accents and figures): sources of about 1,000 words, half in each
 * language, each with 20 claims on its own sentences. Rows are written straight into the
 * tables (the app's queries would take most of an hour for 100,000 claims), then the index is
 * built by the same rebuild `npm run search -- --rebuild` runs — its time is reported too.
 */
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openSqlite } from "@/db/client";
import { installEngine, writeTransaction } from "@/db/connection";
import { createClaim } from "@/db/queries/claims";
import { createSource } from "@/db/queries/sources";
import { searchWorkspace, type SearchInput } from "@/db/queries/search";
import { indexClaims } from "@/db/queries/search-index";
import { rebuildSearchIndex } from "@/db/queries/search-rebuild";
import { claims, investigations, sources, sourceVersions, users } from "@/db/schema";
import type { BenchCheck } from "./bench-check";
import { createRandom } from "./corpus";
import { median, percentile } from "./server";

export const SOURCES = 5_000;
export const CLAIMS_PER_SOURCE = 20;
const WORDS_PER_SOURCE = 1_000;
const INVESTIGATIONS = 10;

const ENGLISH = (
  "the of and to in a said officials was were that for on with by from at people flights deportees migrants prison inmates government " +
  "ministry border police report reported according data figures number total more than about nearly least over under week month year " +
  "airport landed flight deported returned detained held released court judge lawyer families children women men country city region " +
  "interior spokesperson minister president agency count counted list names records camp centre shelter transfer charter plane bus " +
  "arrived departed sunday monday tuesday wednesday thursday friday saturday march april may june july august september october " +
  "november december january february budget cost dollars million thousand hundred percent rate increase decrease record highest lowest " +
  "since before after during while although because however official statement press conference interview denied confirmed claimed " +
  "estimated announced published survey study analysis source sources document documents leaked internal memo contract company private " +
  "security guards cells capacity overcrowding health hunger strike protest protesters rights groups advocates human watch amnesty"
).split(" ");
const SPANISH = (
  "el la los las de del y en que por para con sin a al se dijo dijeron funcionarios fueron vuelos deportados migrantes cárcel reclusos " +
  "gobierno ministerio frontera policía informe según datos cifras número total más menos unos unas cerca casi al menos semana mes año " +
  "aeropuerto aterrizó vuelo deportación devueltos detenidos liberados tribunal jueza abogado familias niños niñas mujeres hombres país " +
  "ciudad región interior portavoz ministra presidente agencia conteo contaron lista nombres registros campamento centro albergue traslado " +
  "avión autobús llegaron salieron domingo lunes martes miércoles jueves viernes sábado marzo abril mayo junio julio agosto septiembre " +
  "octubre noviembre diciembre enero febrero presupuesto costo dólares millones mil cientos por ciento tasa aumento disminución récord " +
  "máximo mínimo desde antes después durante mientras aunque porque sin embargo comunicado oficial conferencia entrevista negó confirmó " +
  "afirmó estimó anunció publicó encuesta estudio análisis fuente fuentes documento documentos filtrado memorando contrato empresa " +
  "privada seguridad guardias celdas capacidad hacinamiento salud hambre huelga protesta derechos grupos defensores humanos organización"
).split(" ");
const OUTLETS = ["Agencia Norte", "Diario del Sur", "Wire Service", "El Observador", "The Ledger", "Radio Libre", "Metro Daily"];

type Random = () => number;
/** Words drawn with a long tail (Zipf-like): the first words of a list are far more common. */
const word = (random: Random, list: readonly string[]) => list[Math.floor(list.length * random() ** 2.2)]!;

function sentenceOf(random: Random, list: readonly string[]): string {
  const length = 8 + Math.floor(random() * 12);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(random() < 0.05 ? String(Math.floor(random() * 50_000)) : word(random, list));
  const sentence = words.join(" ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** A source's text (about WORDS_PER_SOURCE words) as sentences, and its language. */
function sourceTextOf(random: Random, n: number): { text: string; sentences: string[]; language: "en" | "es" } {
  const language = n % 2 === 0 ? "en" : "es";
  const list = language === "en" ? ENGLISH : SPANISH;
  const sentences: string[] = [];
  let words = 0;
  while (words < WORDS_PER_SOURCE) {
    const sentence = sentenceOf(random, list);
    sentences.push(sentence);
    words += sentence.split(" ").length;
  }
  return { text: sentences.join(" "), sentences, language };
}

export async function seed(
  random: Random,
): Promise<{ actor: { id: string; email: string; name: string; role: "editor" }; investigationIds: string[]; words: number }> {
  const actor = { id: crypto.randomUUID(), email: "bench@example.test", name: "Bench", role: "editor" as const };
  const at = "2026-12-01T00:00:00.000Z";
  const investigationIds = Array.from({ length: INVESTIGATIONS }, () => crypto.randomUUID());
  await writeTransaction(async (tx) => {
    await tx.insert(users).values({ id: actor.id, email: actor.email, name: actor.name, role: actor.role, passwordHash: "x", createdAt: at, updatedAt: at });
    await tx
      .insert(investigations)
      .values(investigationIds.map((id, n) => ({ id, title: `Investigation ${n}`, createdBy: actor.id, createdAt: at, updatedAt: at })));
  });
  let words = 0;
  const perTransaction = 100;
  for (let first = 0; first < SOURCES; first += perTransaction) {
    const sourceRows: Array<typeof sources.$inferInsert> = [];
    const versionRows: Array<typeof sourceVersions.$inferInsert> = [];
    const claimRows: Array<typeof claims.$inferInsert> = [];
    for (let n = first; n < Math.min(SOURCES, first + perTransaction); n++) {
      const { text, sentences, language } = sourceTextOf(random, n);
      words += text.split(" ").length;
      const sourceId = crypto.randomUUID();
      const versionId = crypto.randomUUID();
      sourceRows.push({
        id: sourceId,
        investigationId: investigationIds[n % INVESTIGATIONS]!,
        title: sentences[0]!.slice(0, 60),
        outlet: OUTLETS[n % OUTLETS.length]!,
        publishedAt: `2025-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
        language,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      });
      versionRows.push({ id: versionId, sourceId, number: 1, text, sha256: "bench", createdBy: actor.id, createdAt: at });
      let offset = 0;
      const step = Math.max(1, Math.floor(sentences.length / CLAIMS_PER_SOURCE));
      for (const [i, sentence] of sentences.entries()) {
        if (i % step === 0 && i / step < CLAIMS_PER_SOURCE)
          claimRows.push({
            id: crypto.randomUUID(),
            sourceId,
            sourceVersionId: versionId,
            exact: sentence,
            prefix: text.slice(Math.max(0, offset - 32), offset),
            suffix: text.slice(offset + sentence.length, offset + sentence.length + 32),
            start: offset,
            end: offset + sentence.length,
            status: (["open", "in-review", "approved"] as const)[i % 3],
            verdictKey: i % 4 === 0 ? "false" : null,
            createdBy: actor.id,
            createdAt: at,
            updatedAt: at,
          });
        offset += sentence.length + 1;
      }
    }
    await writeTransaction(async (tx) => {
      await tx.insert(sources).values(sourceRows);
      for (let i = 0; i < versionRows.length; i += 50) await tx.insert(sourceVersions).values(versionRows.slice(i, i + 50));
      for (let i = 0; i < claimRows.length; i += 200) await tx.insert(claims).values(claimRows.slice(i, i + 200));
    });
  }
  return { actor, investigationIds, words };
}

/** The queries: common, middling and rare words, two words, phrases, exclusions, accents left out, figures, filters. */
function queriesOf(random: Random, investigationIds: string[]): SearchInput[] {
  const queries: SearchInput[] = [];
  for (let i = 0; i < 30; i++) {
    const list = i % 2 === 0 ? ENGLISH : SPANISH;
    const common = list[Math.floor(random() * 20)]!;
    const middling = list[40 + Math.floor(random() * 60)]!;
    const rare = list[list.length - 1 - Math.floor(random() * 40)]!;
    queries.push(
      { q: middling },
      { q: rare },
      { q: `${middling} ${rare}` },
      { q: `"${common} ${middling}"` },
      { q: `${middling} -${rare}` },
      { q: common, kind: "claim", investigationId: investigationIds[i % investigationIds.length] },
      { q: `${rare} ${middling}`, language: i % 2 === 0 ? "en" : "es", status: "approved" },
    );
  }
  queries.push({ q: "carcel" }, { q: "deportacion" }, { q: "policia" }, { q: "miercoles" }, { q: "inmate" }, { q: "deportados" });
  return queries;
}

function timedSync(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  return work().then((value) => ({ ms: performance.now() - started, value }));
}

export async function runSearchBench(): Promise<BenchCheck[]> {
  // SEARCH_BENCH_DB=<file> keeps the seeded, indexed database there and reuses it in the next run (while tuning the query).
  const kept = process.env.SEARCH_BENCH_DB;
  const folder = kept ? path.dirname(kept) : mkdtempSync(path.join(tmpdir(), "bench-search-"));
  const file = kept ?? path.join(folder, "corroborate.db");
  const reused = kept !== undefined && existsSync(kept);
  const engine = openSqlite(file);
  installEngine(engine);
  try {
    await engine.migrate();
    let rebuildSeconds: number | null = null;
    let actor = { id: "", email: "bench@example.test", name: "Bench", role: "editor" as const };
    let investigationIds: string[];
    if (reused) {
      investigationIds = (await engine.database.select({ id: investigations.id }).from(investigations).orderBy(investigations.title)).map((row) => row.id);
      const [user] = await engine.database.select({ id: users.id }).from(users).limit(1);
      actor = { ...actor, id: user!.id };
      console.log(`[search] reusing ${file}`);
    } else {
      const seeding = await timed(() => seed(createRandom(20_2612)));
      ({ actor, investigationIds } = seeding.value);
      console.log(
        `[search] seeded ${SOURCES} sources, ${SOURCES * CLAIMS_PER_SOURCE} claims, ${seeding.value.words.toLocaleString("en")} words in ${(seeding.ms / 1000).toFixed(1)} s`,
      );
      const rebuild = await timed(() => rebuildSearchIndex({ batchSize: 1_000 }));
      rebuildSeconds = rebuild.ms / 1000;
      console.log(`[search] index rebuilt in ${rebuildSeconds.toFixed(1)} s: ${JSON.stringify(rebuild.value)}`);
    }

    const queries = queriesOf(createRandom(7), investigationIds);
    const floorDatabase = new Database(file, { readonly: true });
    const floorStatement = floorDatabase.prepare("select rowid from search_documents_fts where search_documents_fts match ? order by rank limit 21");
    const { parseSearchQuery, toFts5Match } = await import("@/lib/search");
    const ours: number[] = [];
    const oursNoCounts: number[] = [];
    const floor: number[] = [];
    let results = 0;
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        const match = toFts5Match(parseSearchQuery(query.q), { column: "terms" });
        const started = performance.now();
        if (match) floorStatement.all(match);
        const floorMs = performance.now() - started;
        const search = await timed(() => searchWorkspace(actor, { ...query, limit: 20 }));
        const withoutCounts = await timed(() => searchWorkspace(actor, { ...query, limit: 20, counts: false }));
        if (round > 0) {
          floor.push(floorMs);
          ours.push(search.ms);
          oursNoCounts.push(withoutCounts.ms);
        }
        results += search.value.results.length;
      }
    }
    floorDatabase.close();
    const p95 = percentile(ours, 95);
    const floorP95 = percentile(floor, 95);
    const noCountsP95 = percentile(oursNoCounts, 95);
    console.log(
      `[search] ${ours.length} searches (${queries.length} queries, 2 timed rounds, ${results} results in all): p50 ${median(ours).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; without counts p50 ${median(oursNoCounts).toFixed(1)} ms, p95 ${noCountsP95.toFixed(1)} ms; floor p50 ${median(floor).toFixed(1)} ms, p95 ${floorP95.toFixed(1)} ms`,
    );

    // Creating a claim: the whole create (with its index row), against the same create less what the index adds
    // (re-indexing the same claims alone, less an empty transaction's own cost).
    const fresh = createRandom(Date.now() % 1_000_000);
    const sentences = Array.from({ length: 5 }, () => sourceTextOf(fresh, 0).sentences).flat();
    const text = sentences.join(" ");
    const target = await createSource({ actor, investigationId: investigationIds[0]!, input: { title: "Create bench", text, language: "en" } });
    const creates: number[] = [];
    const ids: string[] = [];
    let offset = 0;
    for (const sentence of sentences.slice(0, 300)) {
      const start = offset;
      offset += sentence.length + 1;
      const made = await timed(() =>
        createClaim({ actor, sourceId: target.id, sourceVersionId: target.currentVersionId, start, end: start + sentence.length - 1 }),
      );
      creates.push(made.ms);
      ids.push(made.value.id);
    }
    const reindex: number[] = [];
    const empty: number[] = [];
    for (const id of ids) {
      reindex.push((await timed(() => writeTransaction(() => indexClaims([id])))).ms);
      empty.push((await timed(() => writeTransaction(async () => undefined))).ms);
    }
    // Of which the signature ("checked before", lib/search/checked-before) and the terms (lib/search), each computed alone.
    const { signatureTermsOf } = await import("@/lib/search/checked-before");
    const { indexTermsOf } = await import("@/lib/search");
    const signatureMs = median(sentences.slice(0, 300).map((sentence) => timedSync(() => signatureTermsOf({ text: sentence, language: "en", reading: null }))));
    const termsMs = median(sentences.slice(0, 300).map((sentence) => timedSync(() => indexTermsOf(sentence, "en"))));
    console.log(`[search] per claim: signature ${signatureMs.toFixed(3)} ms, terms ${termsMs.toFixed(3)} ms`);
    const withIndex = median(creates.slice(20));
    const indexPart = Math.max(0, median(reindex.slice(20)) - median(empty.slice(20)));
    const createRatio = withIndex / (withIndex - indexPart);
    console.log(
      `[search] create claim: median ${withIndex.toFixed(2)} ms with the index; its index row ${indexPart.toFixed(2)} ms (re-index ${median(reindex).toFixed(2)} ms − empty transaction ${median(empty).toFixed(2)} ms) → ${createRatio.toFixed(2)}× without`,
    );

    return [
      { name: "search p95 (first page with counts), 100,000 claims + 5,000 sources", value: p95, unit: "ms", target: "<= 50", passed: p95 <= 50 },
      { name: "search p95 / raw FTS5 MATCH p95", value: p95 / floorP95, unit: "x", target: "<= 2", passed: p95 / floorP95 <= 2 },
      { name: "search p95 without counts (counts=0)", value: noCountsP95, unit: "ms", target: "<= 50", passed: noCountsP95 <= 50 },
      { name: "… / raw FTS5 MATCH p95", value: noCountsP95 / floorP95, unit: "x", target: "<= 2", passed: noCountsP95 / floorP95 <= 2 },
      { name: "create claim with index / without", value: createRatio, unit: "x", target: "<= 1.2", passed: createRatio <= 1.2 },
      ...(rebuildSeconds === null ? [] : [{ name: "index rebuild, 105,000 rows", value: rebuildSeconds, unit: "s", target: "reported", passed: true }]),
    ];
  } finally {
    installEngine(undefined);
    await engine.close();
    if (!kept) rmSync(folder, { recursive: true, force: true });
  }
}
