/**
 * Suggestions and figure reading on a Spanish source against the same on an English one
 * (issue 18, item 3): the story of `bilingual-news.ts` in each language, cut to the same
 * length (300,000 characters), read in-process as the suggestion worker reads it
 * (`suggestClaims(text, { language })`) and as the claims' figures are read
 * (`findQuantities(text, { language })`). Each language is timed five times, alternating,
 * after a warm-up; the median is compared. Target: Spanish ≤ 1.2× English, same run.
 */
import { performance } from "node:perf_hooks";
import { findQuantities } from "@/lib/quantities";
import { suggestClaims } from "@/lib/suggestions";
import type { BenchCheck } from "./bench-check";
import { newsOfLength } from "./bilingual-news";

const chars = 300_000;
const runs = 5;

function timeReading(text: string, language: "en" | "es"): { ms: number; suggestions: number; figures: number } {
  const started = performance.now();
  const suggestions = suggestClaims(text, { language }).length;
  const figures = findQuantities(text, { language }).length;
  return { ms: performance.now() - started, suggestions, figures };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runSpanishReadingBench(): Promise<BenchCheck[]> {
  const texts = { en: newsOfLength("en", chars), es: newsOfLength("es", chars) };
  if (texts.en.length !== texts.es.length) throw new Error(`texts differ in length: ${texts.en.length} vs ${texts.es.length}`);
  timeReading(texts.en.slice(0, 20_000), "en"); // warm-up: compromise's lexicon, the JIT
  timeReading(texts.es.slice(0, 20_000), "es");
  const times: Record<"en" | "es", number[]> = { en: [], es: [] };
  let last = { en: timeReading(texts.en, "en"), es: timeReading(texts.es, "es") };
  for (let run = 0; run < runs; run++) {
    for (const language of run % 2 === 0 ? (["es", "en"] as const) : (["en", "es"] as const)) {
      const result = timeReading(texts[language], language);
      times[language].push(result.ms);
      last = { ...last, [language]: result };
    }
  }
  const [en, es] = [median(times.en), median(times.es)];
  const ratio = es / en;
  console.log(
    `[spanish-reading] ${chars.toLocaleString("en-US")} characters each: English ${en.toFixed(0)} ms (${last.en.suggestions} suggestions, ${last.en.figures} figures), ` +
      `Spanish ${es.toFixed(0)} ms (${last.es.suggestions} suggestions, ${last.es.figures} figures); Spanish/English ${ratio.toFixed(2)}×`,
  );
  return [
    { name: "suggestions + figure reading, Spanish / English, same length", value: ratio, unit: "×", target: "<= 1.2", passed: ratio <= 1.2 },
    { name: "… English, 300,000 characters (median of 5)", value: en, unit: "ms", target: "report", passed: true },
    { name: "… Spanish, 300,000 characters (median of 5)", value: es, unit: "ms", target: "report", passed: true },
    { name: "… suggestions found, Spanish / English", value: last.es.suggestions / last.en.suggestions, unit: "× (es/en)", target: "report", passed: true },
  ];
}
