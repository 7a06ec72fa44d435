/**
 * Timing script (not a test): `npx tsx lib/suggestions/bench.ts`.
 *
 * Builds ~300 KB texts from the invented fixtures and times `suggestClaims`:
 * - "article": the fixture article interleaved with plain filler paragraphs,
 *   roughly news-like (about half the sentences hold a figure/quote/date);
 * - "dense": the fixture article alone, repeated (every paragraph has
 *   several suggestions — a worst case for the sentence pre-filter).
 * Prints characters, words, suggestions and the best/median of five runs
 * (wall clock, and process CPU time, which is less disturbed by other load).
 */
import { ARTICLE, FILLER } from "./fixtures";
import { suggestClaims } from "./index";

const TARGET = 300_000;

function build(parts: string[]): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET; i++) {
    const p = parts[i % parts.length]!;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

const articleParagraphs = ARTICLE.split("\n\n");
const mixed: string[] = [];
for (const p of articleParagraphs) mixed.push(p, FILLER);

const texts: Record<string, string> = {
  article: build(mixed),
  dense: build(articleParagraphs),
};

suggestClaims(ARTICLE); // warm up compromise's lexicon
for (const [name, text] of Object.entries(texts)) {
  const times: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    count = suggestClaims(text).length;
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const words = text.split(/\s+/).length;
  console.log(
    `${name}: ${text.length} chars, ${words} words, ${count} suggestions, ` +
      `wall best ${times[0]!.toFixed(0)} ms / median ${times[2]!.toFixed(0)} ms, ` +
      `CPU median ${cpu[2]!.toFixed(0)} ms (includes GC threads)`,
  );
}
