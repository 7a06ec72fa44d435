/**
 * "Checked before" (issue #20): the matcher's figures on the labelled set written for the project
 * (lib/search/checked-before/labelled-set.ts: precision of the first 3 matches, recall of the
 * first 5, each claim against the whole pool), and `listCheckedBefore` — the full-text candidate
 * lookup by signature and terms, then the matcher on the best 100 — timed on the search bench's
 * world of 100,000 claims and 5,000 sources (seeded the same way, search.ts), with a few
 * bilingual twins planted through the app's own queries so some lookups have matches to score.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openSqlite } from "@/db/client";
import { installEngine } from "@/db/connection";
import { candidatesOfClaim, listCheckedBefore } from "@/db/queries/checked-before";
import { createClaim } from "@/db/queries/claims";
import { rebuildSearchIndex } from "@/db/queries/search-rebuild";
import { createSource } from "@/db/queries/sources";
import { claims } from "@/db/schema";
import { evaluateMatcher } from "@/lib/search/checked-before/evaluate";
import { labelledClaims } from "@/lib/search/checked-before/labelled-set";
import type { BenchCheck } from "./bench-check";
import { createRandom } from "./corpus";
import { CLAIMS_PER_SOURCE, seed, SOURCES } from "./search";
import { median, percentile } from "./server";

/** The labelled set's figures alone (no database): fast, also run by the unit test. */
function labelledSetChecks(): BenchCheck[] {
  const evaluation = evaluateMatcher(labelledClaims);
  console.log(
    `[checked-before] labelled set: ${evaluation.claims} claims, ${evaluation.positivePairs} twin and ${evaluation.hardNegativePairs} hard-negative pairs (${evaluation.crossLanguagePairs} across languages); precision@3 ${evaluation.precisionAt3.toFixed(3)} (conflicts counted right: ${evaluation.lenientPrecisionAt3.toFixed(3)}), recall@5 ${evaluation.recallAt5.toFixed(3)}`,
  );
  return [
    { name: "labelled set precision@3", value: evaluation.precisionAt3, unit: "", target: ">= 0.8", passed: evaluation.precisionAt3 >= 0.8 },
    { name: "labelled set recall@5", value: evaluation.recallAt5, unit: "", target: ">= 0.9", passed: evaluation.recallAt5 >= 0.9 },
  ];
}

const TWINS: [string, string, "en" | "es"][] = [
  ["Officials say CECOT holds about 40,000 inmates, Bukele said in March 2025.", "about 40,000 inmates", "en"],
  ["Según Bukele, el CECOT tiene unos 40.000 reclusos, dijo en marzo de 2025.", "unos 40.000 reclusos", "es"],
  ["The government put the Venezuelans flown to El Salvador at 238 people in March 2025.", "238 people", "en"],
  ["El Gobierno cifró en 238 personas a los venezolanos enviados a El Salvador en marzo de 2025.", "238 personas", "es"],
];

export async function runCheckedBeforeBench(): Promise<BenchCheck[]> {
  const checks = labelledSetChecks();
  const folder = mkdtempSync(path.join(tmpdir(), "bench-checked-before-"));
  const engine = openSqlite(path.join(folder, "corroborate.db"));
  installEngine(engine);
  try {
    await engine.migrate();
    const { actor, investigationIds } = await seed(createRandom(20_2612));
    await rebuildSearchIndex({ batchSize: 1_000 });
    console.log(`[checked-before] seeded and indexed ${SOURCES} sources, ${SOURCES * CLAIMS_PER_SOURCE} claims`);
    const planted: string[] = [];
    for (const [n, [text, phrase, language]] of TWINS.entries()) {
      const source = await createSource({ actor, investigationId: investigationIds[n % investigationIds.length]!, input: { title: phrase, text, language } });
      const start = text.indexOf(phrase);
      planted.push((await createClaim({ actor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + phrase.length })).id);
    }
    // Lookups: the planted twins and 80 claims of the generated world (spread over it).
    const generated = await engine.database.select({ id: claims.id }).from(claims);
    const random = createRandom(11);
    const queries = [...planted, ...Array.from({ length: 80 }, () => generated[Math.floor(random() * generated.length)]!.id)];
    const times: number[] = [];
    const lookups: number[] = [];
    let matches = 0;
    let candidates = 0;
    for (let round = 0; round < 2; round++) {
      for (const claimId of queries) {
        const started = performance.now();
        const found = await listCheckedBefore({ actor, claimId });
        if (round > 0) times.push(performance.now() - started);
        matches += found.matches.length;
        // The full-text step alone (the claim's features and the candidate lookup), for where the time goes.
        const lookupStarted = performance.now();
        candidates += (await candidatesOfClaim(claimId)).candidateIds.length;
        if (round > 0) lookups.push(performance.now() - lookupStarted);
      }
    }
    console.log(
      `[checked-before] of which the full-text candidate lookup: p50 ${median(lookups).toFixed(1)} ms, p95 ${percentile(lookups, 95).toFixed(1)} ms (${(candidates / (2 * queries.length)).toFixed(0)} candidates a lookup)`,
    );
    const twinsFound = (await listCheckedBefore({ actor, claimId: planted[0]! })).matches.some((match) => match.claimId === planted[1]);
    const p95 = percentile(times, 95);
    console.log(
      `[checked-before] ${times.length} lookups (1 timed round of ${queries.length}; ${matches} matches in all): p50 ${median(times).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; English twin finds the Spanish one: ${twinsFound}`,
    );
    checks.push(
      { name: "checked before p95, 100,000 claims", value: p95, unit: "ms", target: "<= 100", passed: p95 <= 100 },
      { name: "planted English claim finds its Spanish twin", value: twinsFound ? 1 : 0, unit: "", target: "1", passed: twinsFound },
    );
    return checks;
  } finally {
    installEngine(undefined);
    await engine.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
