/**
 * Worker-thread entry for suggestion finding: runs lib/suggestions' `suggestClaims` (the one
 * implementation) on each text the pool sends. Loaded by `suggestionPool` in suggestions.ts.
 */
import { suggestClaims } from "@/lib/suggestions";
import { serveJobs } from "./worker-jobs";

serveJobs((text: string) => suggestClaims(text));
