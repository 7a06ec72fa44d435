/**
 * Worker-thread entry for suggestion finding: runs lib/suggestions' `suggestClaims` (the one
 * implementation) on each text the pool sends, in the language sent with it. Loaded by
 * `suggestionPool` in suggestions.ts.
 */
import { suggestClaims } from "@/lib/suggestions";
import type { SuggestionJob } from "./suggestions";
import { serveJobs } from "./worker-jobs";

serveJobs(({ text, language }: SuggestionJob) => suggestClaims(text, { language }));
