/**
 * A1 — re-anchoring benchmark (design/research/performance-anchors.md §6a).
 *
 * Corpus: 50,000 synthetic words (~330k code units), 2,000 claims; an edit that shifts
 * every offset and hits 10% of the claims (context words changed, quotes partly edited,
 * quotes deleted); a variant where 2% of the paragraphs also move.
 *
 * Measured in one process, interleaved, median of several repetitions:
 * 1. floor: `text.indexOf(quote)` for every claim;
 * 2. ours: `anchorClaims`;
 * 3. the Hypothesis approach (`hypothesis-approach.ts`).
 * Ratios are gated, absolute times are only reported (machines differ and are shared).
 */
import { anchorClaims } from "../../lib/anchoring/anchor-claims";
import type { Anchor, ClaimSelectors } from "../../lib/anchoring/types";
import type { BenchCheck } from "./bench-check";
import { buildCorpus, type EditedCorpus, type Expectation } from "./corpus";
import { hypothesisAnchor } from "./hypothesis-approach";

const REPEATS = 7;
const PEER_REPEATS = 3;

interface Placement {
  start: number;
  end: number;
  status: string;
}

interface Tally {
  exact: number;
  moved: number;
  fuzzy: number;
  orphan: number;
  /** Placed on the expected words. */
  correct: number;
  /** Quote edited or deleted, placed on identical words elsewhere (acceptable). */
  identicalElsewhere: number;
  /**
   * Placed elsewhere on the identical quote with the identical stored prefix and suffix
   * around it: indistinguishable by content from the claim's own place (acceptable, and
   * reported).
   */
  identicalPassage: number;
  /** Placed on words that are not the claim's. Must be 0. */
  wrong: number;
  /** Quote and both contexts untouched and unique in the text, yet orphaned. Must be 0. */
  untouchedOrphaned: number;
  /** Quote untouched (context maybe edited), orphaned: a miss, not an error. */
  intactOrphaned: number;
}

/** Checks placements against the ground truth. */
export function tally(corpus: EditedCorpus, claims: readonly ClaimSelectors[], placements: ReadonlyArray<Placement | null>): Tally {
  const t: Tally = {
    exact: 0,
    moved: 0,
    fuzzy: 0,
    orphan: 0,
    correct: 0,
    identicalElsewhere: 0,
    identicalPassage: 0,
    wrong: 0,
    untouchedOrphaned: 0,
    intactOrphaned: 0,
  };
  placements.forEach((placement, index) => {
    const expected: Expectation = corpus.expectations[index]!;
    if (placement === null) {
      t.orphan++;
      if (expected.kind === "span") {
        t.intactOrphaned++;
        if (expected.contextIntact && expected.unique) t.untouchedOrphaned++;
      }
      return;
    }
    if (placement.status === "exact") t.exact++;
    else if (placement.status === "fuzzy") t.fuzzy++;
    else t.moved++;
    const { start, end } = placement;
    const quote = claims[index]!.quote;
    const sameWords = corpus.text.slice(start, end) === quote.exact;
    const samePassage =
      sameWords && corpus.text.slice(start - quote.prefix.length, start) === quote.prefix && corpus.text.slice(end, end + quote.suffix.length) === quote.suffix;
    if (expected.kind === "span") {
      if (start === expected.start && end === expected.end) t.correct++;
      else if (samePassage) t.identicalPassage++;
      else t.wrong++;
    } else if (expected.kind === "edited") {
      const overlapping = start < expected.end && expected.start < end;
      if (overlapping && Math.abs(start - expected.start) <= 8 && Math.abs(end - expected.end) <= 8) t.correct++;
      else if (sameWords) t.identicalElsewhere++;
      else t.wrong++;
    } else if (sameWords) {
      t.identicalElsewhere++;
    } else {
      t.wrong++;
    }
  });
  return t;
}

function ours(text: string, claims: readonly ClaimSelectors[]): Anchor[] {
  return anchorClaims(text, claims);
}

function oursPlacements(anchors: readonly Anchor[]): Array<Placement | null> {
  return anchors.map((a) => (a.status === "orphan" ? null : { start: a.start, end: a.end, status: a.status }));
}

function peer(text: string, claims: readonly ClaimSelectors[]): Array<Placement | null> {
  return claims.map((claim) => {
    const match = hypothesisAnchor(text, claim);
    if (match === null) return null;
    const sameWords = text.slice(match.start, match.end) === claim.quote.exact;
    const status = !sameWords ? "fuzzy" : match.start === claim.position?.start ? "exact" : "moved";
    return { start: match.start, end: match.end, status };
  });
}

let sink = 0;
function floor(text: string, claims: readonly ClaimSelectors[]): void {
  let total = 0;
  for (const claim of claims) total += text.indexOf(claim.quote.exact);
  sink += total;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Measured {
  floorMs: number;
  oursMs: number;
  peerMs: number | null;
  ours: Tally;
  peer: Tally | null;
}

function measure(corpus: EditedCorpus, claims: readonly ClaimSelectors[], withPeer: boolean): Measured {
  // Warm-up (JIT) on the same workload.
  floor(corpus.text, claims);
  ours(corpus.text, claims);
  if (withPeer) peer(corpus.text, claims.slice(0, 200));

  const floorTimes: number[] = [];
  const ourTimes: number[] = [];
  const peerTimes: number[] = [];
  let anchors: Anchor[] = [];
  let peerPlacements: Array<Placement | null> = [];
  for (let r = 0; r < REPEATS; r++) {
    floorTimes.push(time(() => floor(corpus.text, claims)));
    ourTimes.push(time(() => (anchors = ours(corpus.text, claims))));
    if (withPeer && r < PEER_REPEATS) peerTimes.push(time(() => (peerPlacements = peer(corpus.text, claims))));
  }
  return {
    floorMs: median(floorTimes),
    oursMs: median(ourTimes),
    peerMs: withPeer ? median(peerTimes) : null,
    ours: tally(corpus, claims, oursPlacements(anchors)),
    peer: withPeer ? tally(corpus, claims, peerPlacements) : null,
  };
}

function check(name: string, value: number, unit: string, target: string, passed: boolean): BenchCheck {
  return { name, value: Math.round(value * 1000) / 1000, unit, target, passed };
}

function printDetails(label: string, m: Measured): void {
  const rows: Array<Record<string, string | number>> = [
    { approach: "indexOf floor", "median ms": m.floorMs.toFixed(1) },
    { approach: "ours (anchorClaims)", "median ms": m.oursMs.toFixed(1), ...m.ours },
  ];
  if (m.peer !== null && m.peerMs !== null) {
    rows.push({ approach: "Hypothesis approach", "median ms": m.peerMs.toFixed(1), ...m.peer });
  }
  console.log(`\n[anchoring] ${label}`);
  console.table(rows);
}

/** Runs A1 and returns its checks; prints per-corpus details on the way. */
export async function runAnchoringBench(): Promise<BenchCheck[]> {
  const corpus = buildCorpus();
  const affected = corpus.edited.expectations.filter((e) => e.kind !== "span" || !e.contextIntact).length;
  console.log(
    `[anchoring] corpus: ${corpus.words} words, ${corpus.text.length} code units, ${corpus.claims.length} claims; ` +
      `edit touches ${affected} claims' quote or context (${((100 * affected) / corpus.claims.length).toFixed(1)}%); ` +
      `${REPEATS} repeats (peer ${PEER_REPEATS}), median`,
  );

  const unchanged = measure(corpus.unchanged, corpus.claims, false);
  printDetails(corpus.unchanged.name, unchanged);
  const edited = measure(corpus.edited, corpus.claims, true);
  printDetails(corpus.edited.name, edited);
  const moved = measure(corpus.moved, corpus.claims, true);
  printDetails(corpus.moved.name, moved);
  if (sink === 0.5) console.log(sink);

  const notExact = corpus.claims.length - unchanged.ours.exact;
  return [
    check("unchanged: claims not placed exact", notExact, "claims", "= 0", notExact === 0),
    check("unchanged: ours / indexOf floor", unchanged.oursMs / unchanged.floorMs, "x", "<= 1.5", unchanged.oursMs <= 1.5 * unchanged.floorMs),
    check("edited: ours / indexOf floor", edited.oursMs / edited.floorMs, "x", "<= 1.5", edited.oursMs <= 1.5 * edited.floorMs),
    check("edited: Hypothesis / ours", edited.peerMs! / edited.oursMs, "x faster", ">= 20", edited.peerMs! >= 20 * edited.oursMs),
    check("edited: ours on wrong words", edited.ours.wrong, "claims", "= 0", edited.ours.wrong === 0),
    check("edited: untouched claims orphaned", edited.ours.untouchedOrphaned, "claims", "= 0", edited.ours.untouchedOrphaned === 0),
    check("moved: ours / Hypothesis", moved.oursMs / moved.peerMs!, "x", "<= 0.5", moved.oursMs <= 0.5 * moved.peerMs!),
    check("moved: ours on wrong words", moved.ours.wrong, "claims", "= 0", moved.ours.wrong === 0),
    check("moved: untouched claims orphaned", moved.ours.untouchedOrphaned, "claims", "= 0", moved.ours.untouchedOrphaned === 0),
  ];
}
