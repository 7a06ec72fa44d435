import { afterAll, describe, expect, it } from "vitest";
import { longArticle } from "@/lib/suggestions/fixtures";
import { memoisedSuggestions, suggestionPool } from "./suggestions";

const pool = suggestionPool();
afterAll(() => pool.close());

/** The longest delay of a 10 ms timer while `work` runs: how long the event loop was held. */
async function longestTimerLateness(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 30)); // a tick held up by synchronous work fires now
  } finally {
    clearInterval(timer);
  }
  return longest;
}

describe("suggestions for a long source", () => {
  it("are found while the event loop stays responsive (a 2 MB text takes seconds of CPU)", async () => {
    const suggestionsOf = memoisedSuggestions(pool);
    const text = longArticle(2_000_000);
    let found = 0;
    const lateness = await longestTimerLateness(() => suggestionsOf({ id: "two-megabytes", text }).then((list) => (found = list.length)));
    expect(found).toBeGreaterThan(5000);
    // On the event loop the analysis held it for 8-16 s; in the worker, only the copies of
    // the text and of the result do (tens of ms). The bound is loose so a busy machine cannot fail it.
    expect(lateness).toBeLessThan(1000);
  }, 120_000);
});
