/**
 * Finds specific dates: calendar dates ("16 March 2025", "March 15",
 * "Tuesday, April 1, 2025"), weekdays ("Saturday"), months ("in March"),
 * and specific relative dates ("last week", "last Saturday", "earlier this
 * month", "yesterday").
 *
 * Contract:
 * - Candidates are compromise's own date tagging (`#Date+` runs, whose terms
 *   carry #Month / #WeekDay / #Year / #Date), split at line breaks and where
 *   a comma is followed by another weekday ("Monday, Tuesday" gives two
 *   dates) — compromise-dates is not needed.
 * - A `#Date+` run is kept only if it names a month or a weekday; durations
 *   ("14 days"), times ("3 p.m."), bare years ("2025") and vague words
 *   ("today", "now") are not suggested.
 * - A year right after a month-bearing run ("April 1, 2025") is added even
 *   when compromise left it untagged.
 * - Day ranges by a month name ("15–16 March 2025", "March 15–16", "15 and 16
 *   March") are dates as a whole ({@link findDayRanges}), even where compromise
 *   tagged the range as a number and the month as a plain noun.
 * - Relative dates come from `.match()` patterns: (earlier|later)?
 *   (last|next|this) + week/weekend/month/year/weekday/month name, "this
 *   past week", "yesterday" and "tomorrow". "today" and "the past week" are
 *   not suggested (everywhere in quotes / a duration, rarely checkable).
 * - Overlapping candidates in one sentence are merged into one span.
 */
import { findDayRanges } from "./day-range";
import type { ParsedSource, Term } from "./parse";
import { hasTag, hasText, isInlineSpace } from "./terms";
import type { Suggestion } from "./types";
import { isYearNumeral } from "../quantities/year-numeral";

const RELATIVE_PATTERNS = [
  "(earlier|later)? (last|next|this) (week|weekend|month|year|#WeekDay|#Month)",
  "this past (week|weekend|#WeekDay)",
  "(yesterday|tomorrow)",
];
function isYearLike(term: Term | undefined): boolean {
  return term !== undefined && isYearNumeral(term.text);
}

/** Split a #Date+ run [s, e) at a line break, and at a comma not followed by a month or number. */
function splitRun(terms: Term[], s: number, e: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = s;
  for (let t = s; t < e - 1; t++) {
    const post = terms[t]!.post;
    const next = terms[t + 1];
    // After a comma a date goes on only with a month or a number ("Tuesday, April 1, 2025");
    // "on Sunday, hours after" must not swallow "hours".
    const endsAtComma = post.includes(",") && (hasTag(next, "WeekDay") || !(hasTag(next, "Month") || hasTag(next, "Value") || hasTag(next, "Year")));
    if (endsAtComma || post.includes("\n")) {
      parts.push([from, t + 1]);
      from = t + 1;
    }
  }
  parts.push([from, e]);
  return parts;
}

export function findDates(parsed: ParsedSource): Suggestion[] {
  const { doc, sentences } = parsed;
  /** Candidate term ranges per sentence. */
  const candidates = new Map<number, Array<[number, number]>>();
  const add = (n: number, s: number, e: number): void => {
    const list = candidates.get(n) ?? [];
    list.push([s, e]);
    candidates.set(n, list);
  };

  for (const [n, s, e] of parsed.ranges(doc.match("#Date+"))) {
    const terms = sentences[n];
    if (!terms) continue;
    for (const [a, b] of splitRun(terms, s, e)) {
      const run = terms.slice(a, b).filter(hasText);
      const hasMonth = run.some((t) => hasTag(t, "Month"));
      if (!hasMonth && !run.some((t) => hasTag(t, "WeekDay"))) continue;
      let end = b;
      // "April 1, 2025" — compromise sometimes leaves the year untagged.
      const next = terms[end];
      if (hasMonth && isYearLike(next) && /^,?[^\S\n]+$/.test(terms[end - 1]!.post) && isInlineSpace(next!.pre)) end++;
      add(n, a, end);
    }
  }
  sentences.forEach((terms, n) => {
    for (const [s, e] of findDayRanges(terms)) add(n, s, e);
  });
  for (const pattern of RELATIVE_PATTERNS) {
    for (const [n, s, e] of parsed.ranges(doc.match(pattern))) add(n, s, e);
  }

  const out: Suggestion[] = [];
  for (const [n, list] of candidates) {
    list.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    let current: [number, number] | null = null;
    const flush = (): void => {
      if (!current) return;
      const span = parsed.span(n, current[0], current[1]);
      const suggestion = span && parsed.suggestion("date", span[0], span[1]);
      if (suggestion) out.push(suggestion);
    };
    for (const [s, e] of list) {
      if (current && s < current[1]) current[1] = Math.max(current[1], e);
      else {
        flush();
        current = [s, e];
      }
    }
    flush();
  }
  return out;
}
