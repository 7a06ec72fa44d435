import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { readingLanguage } from "@/lib/quantities/language";
import type { Suggestion } from "@/lib/suggestions";
import { startWorkerFromSource } from "./worker-from-source";
import { WorkerJobError, WorkerPool } from "./worker-pool";

/**
 * Suggestions for a source version, found in a worker thread (compromise's tagging of a 2 MB
 * text takes seconds of CPU: on the request's event loop every other request waited for it).
 *
 * Read in the source's language (ISO 639-1: "es" reads Spanish, anything else English).
 * Memoised by version id and reading language: versions are immutable, so a result never goes
 * stale (a source whose language is corrected gets a new analysis), and all the requests for
 * one version share one analysis (the in-flight promise is memoised, not only the result). A
 * failure is memoised too ("unavailable for this version"), except "busy", which a later
 * request may retry.
 */
export type SuggestionsOf = (version: { id: string; text: string }, language?: string | null) => Promise<Suggestion[]>;

/** One analysis the worker runs: a version's text in its source's reading language. */
export interface SuggestionJob {
  text: string;
  language: "en" | "es";
}

/** Retry-After, in seconds, for the 503 answered while the pool is saturated. */
export const suggestionsRetryAfterSeconds = 10;

export function memoisedSuggestions(pool: Pick<WorkerPool<SuggestionJob, Suggestion[]>, "run">, maxEntries = 50): SuggestionsOf {
  const memo = new Map<string, Promise<Suggestion[]>>();
  return (sourceVersion, sourceLanguage) => {
    const language = readingLanguage(sourceLanguage);
    const version = { id: `${sourceVersion.id}:${language}`, text: sourceVersion.text }; // the memo's key: version and language
    const known = memo.get(version.id);
    if (known) return known;
    const pending = pool.run({ text: version.text, language }).catch((error: unknown) => {
      if (error instanceof WorkerJobError && error.kind === "busy") {
        memo.delete(version.id);
        throw new AppError("UNAVAILABLE", { key: "Errors.unavailable.suggestionsBusy" }, { cause: error });
      }
      throw new AppError("UNAVAILABLE", { key: "Errors.unavailable.suggestionsFailed" }, { cause: error });
    });
    if (memo.size >= maxEntries) memo.delete(memo.keys().next().value!);
    memo.set(version.id, pending);
    return pending;
  };
}

/**
 * Starts the suggestion worker. In the production build Turbopack bundles the entry named by
 * `new Worker(new URL(…, import.meta.url))` (the pattern it recognises) and rewrites the URL to
 * the bundle; run from source (vitest, tsx), this module is the .ts file and the worker runs
 * the .ts entry beside it through tsx (the path is built without `new URL`, so Turbopack sees
 * one worker entry only).
 */
export function startSuggestionWorker(): Worker {
  if (import.meta.url.endsWith("/suggestions.ts")) return startWorkerFromSource(import.meta.url.replace(/suggestions\.ts$/, "suggestions-worker.ts"));
  return new Worker(new URL("./suggestions-worker.ts", import.meta.url));
}

/**
 * One worker: on the 2-core machine the server's own thread keeps the other core (more would
 * be at most cores - 1; versions are analysed once each, so one is enough). A 2 MB source
 * takes 10-20 s of one core; a minute is a stuck job, not a long text.
 */
export function suggestionPool(): WorkerPool<SuggestionJob, Suggestion[]> {
  return new WorkerPool<SuggestionJob, Suggestion[]>({ startWorker: startSuggestionWorker, size: 1, maxQueued: 8, timeoutMs: 60_000 });
}

/** The process's suggestions, one pool and one memo (kept on globalThis so module copies share them). */
const shared = globalThis as typeof globalThis & { corroborateSuggestions?: SuggestionsOf };
export const suggestClaimsForVersion: SuggestionsOf = (version, language) =>
  (shared.corroborateSuggestions ??= memoisedSuggestions(suggestionPool()))(version, language);
