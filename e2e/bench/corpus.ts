/**
 * Deterministic synthetic corpus for the anchoring benchmark: a ~50,000-word news-like
 * text about deportation flights (invented sentences with figures, paragraphs separated
 * by blank lines, boilerplate sentences and stock phrases repeated so that quotes have
 * duplicates), 2,000 claims described on it, and edited versions with ground truth.
 *
 * Edits are made per paragraph as non-overlapping replacements, and paragraphs can be
 * inserted or reordered, so every old offset that survives has one known new offset.
 */
import { describeSpan } from "../../lib/anchoring/describe-span";
import type { ClaimSelectors } from "../../lib/anchoring/types";

/** Seeded PRNG (mulberry32): same seed, same corpus, on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "March 3", "April 19", "early May", "late June", "the weekend"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OFFICIALS = [
  "a spokesperson for the interior ministry",
  "Deputy Minister Lorena Vidal",
  "the regional migration director",
  "an airport security official",
  "the consul in the capital",
  "Commissioner Arturo Benítez",
  "a senior border officer",
  "the head of the returns office",
  "a government lawyer",
  "the ombudsman's deputy",
  "an aviation authority analyst",
  "the minister of foreign affairs",
  "a police commander in the north",
  "Senator Ileana Prats",
];
const SOURCES = [
  "the advocacy group Frontera Clara",
  "court filings seen by reporters",
  "the airline's passenger manifest",
  "the national statistics office",
  "a leaked internal memo",
  "flight tracking data",
  "the monitoring network Ruta Abierta",
  "two people familiar with the operation",
  "the local bar association",
  "a parliamentary committee report",
];
const APPROX = ["roughly", "about", "nearly", "more than", "over", "at least", "fewer than", "almost", "some"];
const GROUPS = ["Venezuelans", "deportees", "migrants", "detainees", "passengers", "Hondurans", "Guatemalans", "asylum seekers", "Colombians", "Salvadorans"];
const MOVED = ["flown", "returned", "transferred", "deported", "sent back", "removed"];
const PLACES = [
  "the capital",
  "a detention centre near the border",
  "Caracas",
  "San Salvador",
  "Tegucigalpa",
  "a military base",
  "the coastal city of Puerto Lira",
  "an airfield outside Valdera",
  "the northern province",
  "a processing site in Monte Alto",
];
const AGENCIES = ["migration agency", "border police", "civil aviation authority", "ombudsman's office", "interior ministry", "customs service"];
const UNITS = ["removal flights", "charter departures", "deportation orders", "asylum claims", "detention transfers", "appeals"];
const COMPARE = ["up from", "down from", "compared with", "well above", "slightly below", "roughly matching"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "latest", "last", "early-morning"];
const STATUSES = ["pending asylum cases", "no criminal record", "valid work permits", "children in local schools", "lived in the country for a decade"];
const BOILERPLATE = [
  "The ministry did not respond to a request for comment.",
  "The figures could not be independently verified.",
  "Flight tracking data showed the aircraft landed shortly after noon.",
  "Officials have repeatedly defended the programme as lawful.",
  "Rights groups say the numbers are likely higher.",
];
const REPEATED_FIGURES = [200, 238, 250, 250, 120, 75];

function figure(random: Random): string {
  const value = random() < 0.35 ? pick(random, REPEATED_FIGURES) : between(random, 12, 2400);
  return value.toLocaleString("en-US");
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const TEMPLATES: Array<(r: Random) => string> = [
  (r) =>
    `On ${pick(r, DAYS)}, ${pick(r, OFFICIALS)} said that ${pick(r, APPROX)} ${figure(r)} ${pick(r, GROUPS)} had been ${pick(r, MOVED)} to ${pick(r, PLACES)}.`,
  (r) => `${capitalise(pick(r, APPROX))} ${figure(r)} ${pick(r, GROUPS)} were aboard the ${pick(r, ORDINALS)} flight, according to ${pick(r, SOURCES)}.`,
  (r) =>
    `The ${pick(r, AGENCIES)} reported ${figure(r)} ${pick(r, UNITS)} in ${pick(r, MONTHS)}, ${pick(r, COMPARE)} the ${figure(r)} recorded a year earlier.`,
  (r) => `${capitalise(pick(r, OFFICIALS))} told reporters that each flight cost about ${figure(r)} thousand dollars.`,
  (r) => `Lawyers for the ${pick(r, GROUPS)} argued that ${figure(r)} of them had ${pick(r, STATUSES)}.`,
  (r) => `At least ${figure(r)} ${pick(r, GROUPS)}, including ${figure(r)} children, were ${pick(r, MOVED)} to ${pick(r, PLACES)} on ${pick(r, DAYS)}.`,
  (r) => `${capitalise(pick(r, SOURCES))} counted over ${figure(r)} deportees between ${pick(r, MONTHS)} and ${pick(r, MONTHS)}.`,
  (r) => `According to ${pick(r, SOURCES)}, ${pick(r, APPROX)} ${figure(r)} ${pick(r, GROUPS)} remain in ${pick(r, PLACES)} awaiting a decision.`,
  (r) => `${capitalise(pick(r, OFFICIALS))} disputed the count, saying only ${figure(r)} people had boarded.`,
  (r) => `The ${pick(r, ORDINALS)} flight left ${pick(r, PLACES)} with ${pick(r, APPROX)} ${figure(r)} ${pick(r, GROUPS)} and ${figure(r)} guards on board.`,
  (r) => pick(r, BOILERPLATE),
];

function sentence(random: Random): string {
  return random() < 0.08 ? pick(random, BOILERPLATE) : pick(random, TEMPLATES)(random);
}

function paragraph(random: Random): string {
  const sentences: string[] = [];
  const count = between(random, 3, 7);
  for (let i = 0; i < count; i++) sentences.push(sentence(random));
  return sentences.join(" ");
}

/** Ground truth for one claim after an edit. */
export type Expectation =
  /**
   * The quoted words are untouched: the claim must land exactly here (or be an orphan).
   * `contextIntact`: the stored prefix and suffix too; `unique`: and quote with context
   * occurs only here, so nothing but an error can make it an orphan.
   */
  | { kind: "span"; start: number; end: number; contextIntact: boolean; unique: boolean }
  /** The quote was partly edited: fuzzy here, identical words elsewhere, or orphan. */
  | { kind: "edited"; start: number; end: number }
  /** The quote was deleted: orphan, or identical words elsewhere. */
  | { kind: "deleted" };

export interface EditedCorpus {
  name: string;
  text: string;
  expectations: Expectation[];
}

export interface Corpus {
  text: string;
  words: number;
  claims: ClaimSelectors[];
  /** The same text, unchanged (every claim should come back `exact`). */
  unchanged: EditedCorpus;
  /** A lead paragraph, inserted paragraphs, and 10% of the claims affected by edits. */
  edited: EditedCorpus;
  /** As `edited`, and 2% of the paragraphs moved elsewhere. */
  moved: EditedCorpus;
}

interface ClaimSite {
  paragraph: number;
  start: number; // within the paragraph
  end: number;
}

/** A replacement inside one paragraph (offsets relative to the old paragraph). */
interface Replacement {
  from: number;
  to: number;
  insert: string;
}

const WORD = /\S+/g;

function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(WORD)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

function chooseClaim(random: Random, paragraphs: readonly string[], index: number): ClaimSite {
  const text = paragraphs[index]!;
  const figureMatches = [...text.matchAll(/\b(?:(?:roughly|about|nearly|over|at least|almost|some) )?\d[\d,]*(?: [A-Za-z]+)?/g)];
  if (random() < 0.12 && figureMatches.length > 0) {
    const match = pick(random, figureMatches);
    const digits = /\d[\d,]*/.exec(match[0])!;
    const shape = random();
    if (shape < 0.4) {
      const start = match.index + digits.index;
      return { paragraph: index, start, end: start + digits[0].length };
    }
    const trimmed = match[0].replace(/[.,]$/, "");
    return { paragraph: index, start: match.index, end: match.index + trimmed.length };
  }
  const words = wordSpans(text);
  const target = between(random, 20, 200);
  const first = between(random, 0, Math.max(0, words.length - 4));
  let last = first;
  while (last + 1 < words.length && words[last]![1] - words[first]![0] < target) last++;
  let end = words[last]![1];
  while (end > words[first]![0] + 1 && /[.,]/.test(text[end - 1]!)) end--;
  return { paragraph: index, start: words[first]![0], end };
}

/** Builds the corpus. Everything derives from `seed`. */
export function buildCorpus(seed = 20240611, targetWords = 50_000, claimCount = 2000): Corpus {
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const p = paragraph(random);
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  const { text, starts } = joinParagraphs(
    paragraphs,
    paragraphs.map((_, i) => i),
  );

  const sites: ClaimSite[] = [];
  for (let i = 0; i < claimCount; i++) sites.push(chooseClaim(random, paragraphs, between(random, 0, paragraphs.length - 1)));
  const claims = sites.map((site) => describeSpan(text, starts[site.paragraph]! + site.start, starts[site.paragraph]! + site.end));

  const unchanged: EditedCorpus = {
    name: "unchanged",
    text,
    expectations: claims.map((c) => ({
      kind: "span",
      start: c.position!.start,
      end: c.position!.end,
      contextIntact: true,
      unique: occursOnce(text, c.quote.prefix + c.quote.exact + c.quote.suffix),
    })),
  };

  // The edit script: which claims are hit and how, plus replacements per paragraph.
  const editRandom = createRandom(seed ^ 0x5eed);
  const replacements = paragraphs.map(() => [] as Replacement[]);
  // Edits are added until 10% of the claims are affected: an edit affects every claim
  // whose quote or 32-unit context it touches (claims overlap, so one edit can hit several).
  const target = Math.round(claimCount * 0.1);
  const sitesByParagraph = paragraphs.map(() => [] as number[]);
  sites.forEach((site, index) => sitesByParagraph[site.paragraph]!.push(index));
  const affected = new Set<number>();
  const plans = ["context", "context", "context", "context", "quote", "quote", "quote", "delete", "delete", "delete"] as const;
  let planned = 0;
  for (let attempts = 0; affected.size < target && attempts < target * 50; attempts++) {
    const claimIndex = between(editRandom, 0, claimCount - 1);
    if (affected.has(claimIndex)) continue;
    const site = sites[claimIndex]!;
    const replacement = planEdit(editRandom, paragraphs[site.paragraph]!, site, plans[planned % plans.length]!);
    if (replacement === null) continue;
    const list = replacements[site.paragraph]!;
    if (list.some((r) => r.from < replacement.to + 1 && replacement.from < r.to + 1)) continue;
    const hit = sitesByParagraph[site.paragraph]!.filter((i) => {
      const other = sites[i]!;
      return replacement.from < other.end + 32 && other.start - 32 < replacement.to;
    });
    if (affected.size + hit.filter((i) => !affected.has(i)).length > target + 5) continue;
    list.push(replacement);
    hit.forEach((i) => affected.add(i));
    planned++;
  }

  const editedParagraphs = paragraphs.map((p, i) => applyReplacements(p, replacements[i]!));
  // A lead at the top and a few new paragraphs in between shift everything piecewise.
  const lead = Array.from({ length: 4 }, () => sentence(editRandom)).join(" ");
  const layout: Array<number | string> = [lead];
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > 0 && editRandom() < 0.02) layout.push(paragraph(editRandom));
    layout.push(i);
  }
  const edited = materialise("edited (10% of claims hit, lead + inserted paragraphs)", layout, editedParagraphs, replacements, sites, claims);

  // Variant: 2% of the original paragraphs moved elsewhere.
  const moveRandom = createRandom(seed ^ 0xa11);
  const movedLayout = [...layout];
  const moves = Math.round(paragraphs.length * 0.02);
  for (let m = 0; m < moves; m++) {
    const from = between(moveRandom, 1, movedLayout.length - 1);
    const [item] = movedLayout.splice(from, 1);
    const to = between(moveRandom, 1, movedLayout.length);
    movedLayout.splice(to, 0, item!);
  }
  const moved = materialise("edited + 2% of paragraphs moved", movedLayout, editedParagraphs, replacements, sites, claims);

  return { text, words, claims, unchanged, edited, moved };
}

function occursOnce(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + 1) === -1;
}

function joinParagraphs(items: readonly string[], order: readonly number[]): { text: string; starts: number[] } {
  const starts = new Array<number>(items.length);
  let offset = 0;
  const parts: string[] = [];
  order.forEach((index, position) => {
    if (position > 0) {
      parts.push("\n\n");
      offset += 2;
    }
    starts[index] = offset;
    parts.push(items[index]!);
    offset += items[index]!.length;
  });
  return { text: parts.join(""), starts };
}

const NEIGHBOUR_WORDS = ["officials", "reportedly", "later", "again", "separately", "in total", "apparently", "quietly"];

function planEdit(random: Random, text: string, site: ClaimSite, plan: "context" | "quote" | "delete"): Replacement | null {
  if (plan === "delete") {
    // Remove the quote and one adjoining space.
    const to = text[site.end] === " " ? site.end + 1 : site.end;
    return { from: site.start, to, insert: "" };
  }
  if (plan === "quote") {
    const quote = text.slice(site.start, site.end);
    const digits = [...quote.matchAll(/\d[\d,]*/g)];
    if (digits.length > 0) {
      const d = pick(random, digits);
      const old = d[0];
      let replacement = old;
      while (replacement === old) replacement = between(random, 12, 2400).toLocaleString("en-US");
      return { from: site.start + d.index, to: site.start + d.index + old.length, insert: replacement };
    }
    const words = wordSpans(quote).filter(([s, e]) => e - s >= 4);
    if (words.length === 0 || quote.length < 24) return null;
    const [s, e] = pick(random, words);
    const word = quote.slice(s, e);
    // Change a few letters of one word (a typo fix or a reworded term).
    const replacement = word.length > 5 ? word.slice(0, 2) + "ai" + word.slice(4) : word.toUpperCase();
    return { from: site.start + s, to: site.start + e, insert: replacement };
  }
  // A word next to the quote (within the 32 units of context) is replaced.
  const words = wordSpans(text).filter(([s, e]) => (e <= site.start && e > site.start - 32) || (s >= site.end && s < site.end + 32));
  if (words.length === 0) return null;
  const [s, e] = pick(random, words);
  let insert = pick(random, NEIGHBOUR_WORDS);
  if (insert === text.slice(s, e)) insert = "meanwhile";
  return { from: s, to: e, insert };
}

function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const sorted = [...replacements].sort((a, b) => a.from - b.from);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    out += text.slice(at, r.from) + r.insert;
    at = r.to;
  }
  return out + text.slice(at);
}

/** Maps an old offset inside a paragraph to the edited paragraph ("left" / "right" edge). */
function mapOffset(offset: number, replacements: readonly Replacement[], edge: "left" | "right"): number {
  let shift = 0;
  for (const r of replacements) {
    if (r.to <= offset && !(r.from === r.to && r.from === offset && edge === "right")) {
      shift += r.insert.length - (r.to - r.from);
    } else if (r.from < offset && offset < r.to) {
      return edge === "left" ? r.from + shift : r.from + shift + r.insert.length;
    }
  }
  return offset + shift;
}

function materialise(
  name: string,
  layout: ReadonlyArray<number | string>,
  editedParagraphs: readonly string[],
  replacements: readonly Replacement[][],
  sites: readonly ClaimSite[],
  claims: readonly ClaimSelectors[],
): EditedCorpus {
  const parts: string[] = [];
  const starts = new Map<number, number>();
  let offset = 0;
  layout.forEach((item, position) => {
    if (position > 0) {
      parts.push("\n\n");
      offset += 2;
    }
    const content = typeof item === "number" ? editedParagraphs[item]! : item;
    if (typeof item === "number") starts.set(item, offset);
    parts.push(content);
    offset += content.length;
  });
  const text = parts.join("");

  const expectations = sites.map((site, index): Expectation => {
    const list = [...replacements[site.paragraph]!].sort((a, b) => a.from - b.from);
    const base = starts.get(site.paragraph)!;
    const touching = list.filter((r) => r.from < site.end && site.start < r.to);
    const start = base + mapOffset(site.start, list, "left");
    const end = base + mapOffset(site.end, list, "right");
    if (touching.length === 0) {
      const claim = claims[index]!.quote;
      const contextIntact = text.slice(start - claim.prefix.length, start) === claim.prefix && text.slice(end, end + claim.suffix.length) === claim.suffix;
      const unique = contextIntact && occursOnce(text, claim.prefix + claim.exact + claim.suffix);
      return { kind: "span", start, end, contextIntact, unique };
    }
    const deleted = touching.some((r) => r.from <= site.start && r.to >= site.end && r.insert === "");
    return deleted ? { kind: "deleted" } : { kind: "edited", start, end };
  });
  return { name, text, expectations };
}

/** The corpus claims' spans without repeats (a few generated claims share one span; the app keeps one claim per span). */
export function uniqueClaimSpans(corpus: Corpus): Array<{ start: number; end: number }> {
  const seen = new Set<string>();
  return corpus.claims.flatMap(({ position }) => {
    const key = `${position!.start}-${position!.end}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ start: position!.start, end: position!.end }];
  });
}
