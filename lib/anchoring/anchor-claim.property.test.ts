/**
 * Property tests of anchoring on generated multi-script text (combining marks, emoji
 * sequences, flags, Arabic, Hebrew, Hangul, Devanagari, arbitrary code points).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorClaim } from "./anchor-claim";
import { anchorClaims } from "./anchor-claims";
import { describeSpan } from "./describe-span";
import { snapSelection } from "./snap-selection";
import { countOccurrences, fragment, referenceInsideWord, text } from "./test-arbitraries";
import type { Anchor, ClaimSelectors } from "./types";

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A claim on `value` from two raw offsets, snapped as the UI would; null if nothing selectable. */
function claimOn(value: string, a: number, b: number): ClaimSelectors | null {
  const start = a % (value.length + 1);
  const end = b % (value.length + 1);
  const span = snapSelection(value, Math.min(start, end), Math.max(start, end));
  return span === null ? null : describeSpan(value, span.start, span.end);
}

/** The stored passage: quote with its context, as one string. */
function passage(selectors: ClaimSelectors): string {
  return selectors.quote.prefix + selectors.quote.exact + selectors.quote.suffix;
}

/** Applies non-overlapping edits (offsets in `value`) that avoid `[keepFrom, keepTo)`. */
function applyEditsOutside(value: string, edits: readonly Edit[], keepFrom: number, keepTo: number): { text: string; shiftAt: (offset: number) => number } {
  const accepted: Edit[] = [];
  for (const raw of edits) {
    const at = raw.at % (value.length + 1);
    const edit = { at, remove: Math.min(raw.remove, value.length - at), insert: raw.insert };
    // Keep one code unit of distance from the protected window on both sides.
    if (!(edit.at + edit.remove < keepFrom || edit.at > keepTo)) continue;
    if (accepted.some((e) => edit.at <= e.at + e.remove && e.at <= edit.at + edit.remove)) continue;
    accepted.push(edit);
  }
  accepted.sort((x, y) => x.at - y.at);
  let out = "";
  let cursor = 0;
  for (const e of accepted) {
    out += value.slice(cursor, e.at) + e.insert;
    cursor = e.at + e.remove;
  }
  out += value.slice(cursor);
  const shiftAt = (offset: number): number =>
    accepted.filter((e) => e.at + e.remove <= offset).reduce((sum, e) => sum + e.insert.length - e.remove, 0) + offset;
  return { text: out, shiftAt };
}

const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constant(""), fragment) });

function placed(value: string, anchor: Anchor): string | null {
  return anchor.status === "orphan" ? null : value.slice(anchor.start, anchor.end);
}

/** Runs per property; raise ANCHOR_PROPERTY_RUNS for a deeper search (default keeps the file under ~2 s). */
const RUNS = { numRuns: Number(process.env.ANCHOR_PROPERTY_RUNS ?? 200) };

describe("anchoring properties", () => {
  it("(a) describe then anchor on unchanged text returns the same span, exact", () => {
    fc.assert(
      fc.property(text(), fc.nat(), fc.nat(), (value, a, b) => {
        const selectors = claimOn(value, a, b);
        fc.pre(selectors !== null);
        const { start, end } = selectors!.position!;
        const expected = { status: "exact", start, end, score: 1 };
        expect(anchorClaim(value, selectors!)).toEqual(expected);
        expect(anchorClaims(value, [selectors!])).toEqual([expected]);
      }),
      RUNS,
    );
  });

  it("(b) after edits away from the quote and its context, it re-anchors on the same words", () => {
    fc.assert(
      fc.property(text(), fc.nat(), fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), (value, a, b, edits) => {
        const selectors = claimOn(value, a, b);
        fc.pre(selectors !== null);
        const { quote, position } = selectors!;
        const keepFrom = position!.start - quote.prefix.length;
        const keepTo = position!.end + quote.suffix.length;
        const edited = applyEditsOutside(value, edits, keepFrom, keepTo);
        // The claim must be distinguishable: its passage occurs once in the edited text,
        // and the document edges its short contexts stand for have not moved.
        fc.pre(countOccurrences(edited.text, passage(selectors!)) === 1);
        fc.pre(quote.prefix.length > 0 || edited.shiftAt(position!.start) === 0);
        fc.pre(quote.suffix.length > 0 || edited.shiftAt(position!.end) === edited.text.length);
        const start = edited.shiftAt(position!.start);
        for (const anchor of [anchorClaim(edited.text, selectors!), anchorClaims(edited.text, [selectors!])[0]!]) {
          expect(anchor.status === "exact" || anchor.status === "moved").toBe(true);
          expect(anchor).toMatchObject({ start, end: start + quote.exact.length });
        }
      }),
      RUNS,
    );
  });

  it("(c) after the quote is deleted it is an orphan, or on identical words in agreeing context", () => {
    fc.assert(
      fc.property(
        text(),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.nat({ max: 40 }),
        fc.array(edit, { maxLength: 4 }),
        (value, a, b, extraBefore, extraAfter, edits) => {
          const selectors = claimOn(value, a, b);
          fc.pre(selectors !== null);
          const { quote, position } = selectors!;
          // Delete the quote, sometimes with part of its context.
          const from = Math.max(0, position!.start - (extraBefore % 3 === 0 ? extraBefore : 0));
          const to = Math.min(value.length, position!.end + (extraAfter % 3 === 0 ? extraAfter : 0));
          const deleted = value.slice(0, from) + value.slice(to);
          const edited = applyEditsOutside(deleted, edits, from - 40, from + 40).text;
          for (const anchor of [anchorClaim(edited, selectors!), anchorClaims(edited, [selectors!])[0]!]) {
            if (anchor.status === "orphan") continue;
            // Never words that differ; identical words only with agreeing context.
            expect(placed(edited, anchor)).toBe(quote.exact);
            const before = edited.slice(0, anchor.start);
            const after = edited.slice(anchor.end);
            const near = 4;
            const prefixAgrees = quote.prefix.length === 0 ? anchor.start === 0 : before.endsWith(quote.prefix.slice(-near));
            const suffixAgrees = quote.suffix.length === 0 ? anchor.end === edited.length : after.startsWith(quote.suffix.slice(0, near));
            expect(prefixAgrees || suffixAgrees).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("(d) a copy of the quote (with part of its context) elsewhere never steals the anchor", () => {
    fc.assert(
      fc.property(text(), fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 16 }), fc.nat({ max: 16 }), (value, a, b, where, keepPrefix, keepSuffix) => {
        const selectors = claimOn(value, a, b);
        fc.pre(selectors !== null);
        const { quote, position } = selectors!;
        fc.pre(countOccurrences(value, passage(selectors!)) === 1);
        // Half of one side's context at most travels with the copy.
        const copy =
          quote.prefix.slice(quote.prefix.length - Math.min(keepPrefix, quote.prefix.length >> 1)) +
          quote.exact +
          (keepPrefix > 0 ? "" : quote.suffix.slice(0, Math.min(keepSuffix, quote.suffix.length >> 1)));
        const keepFrom = position!.start - quote.prefix.length;
        const keepTo = position!.end + quote.suffix.length;
        const edited = applyEditsOutside(value, [{ at: where, remove: 0, insert: ` ${copy} ` }], keepFrom, keepTo);
        fc.pre(edited.text.length > value.length);
        fc.pre(quote.prefix.length > 0 || edited.shiftAt(position!.start) === 0);
        fc.pre(quote.suffix.length > 0 || edited.shiftAt(position!.end) === edited.text.length);
        const start = edited.shiftAt(position!.start);
        for (const anchor of [anchorClaim(edited.text, selectors!), anchorClaims(edited.text, [selectors!])[0]!]) {
          expect(anchor).toMatchObject({ start, end: start + quote.exact.length });
        }
      }),
      RUNS,
    );
  });

  it("(e) after edits in and around the quote, an anchor never starts or ends inside a word where the original quote did not", () => {
    fc.assert(
      fc.property(
        text(),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 4 }),
            insert: fc.oneof(fc.constant(""), fc.constantFrom("a", "é", "re", "s", " ", "1", "ab", "xyz", ", ")),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (value, a, length, edits) => {
          const selectors = claimOn(value, a, (a % (value.length + 1)) + 8 + length);
          fc.pre(selectors !== null);
          const { position } = selectors!;
          const originalInside = referenceInsideWord(value);
          // Small edits inside the quote or within a few code units of its edges.
          const span = position!.end - position!.start + 8;
          const edited = applyEditsOutside(
            value,
            edits.map((e) => ({ ...e, at: Math.max(0, position!.start - 4 + (e.at % span)) })),
            -1,
            -1,
          ).text;
          const editedInside = referenceInsideWord(edited);
          for (const anchor of [anchorClaim(edited, selectors!), anchorClaims(edited, [selectors!])[0]!]) {
            if (anchor.status === "orphan") continue;
            if (!originalInside.has(position!.start)) expect(editedInside.has(anchor.start)).toBe(false);
            if (!originalInside.has(position!.end)) expect(editedInside.has(anchor.end)).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });

  it("re-anchors a batch of claims after edits: untouched ones exactly, none on different words", () => {
    fc.assert(
      fc.property(
        text(60, 200),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 })), { minLength: 3, maxLength: 12 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (value, picks, edits) => {
          const claims = picks.map(([at, length]) => claimOn(value, at, (at % (value.length + 1)) + length + 1)).filter((c): c is ClaimSelectors => c !== null);
          fc.pre(claims.length > 0);
          const edited = applyEditsOutside(value, edits, -1, -1);
          const anchors = anchorClaims(edited.text, claims);
          claims.forEach((selectors, i) => {
            const anchor = anchors[i]!;
            const { quote, position } = selectors;
            const windowFrom = position!.start - quote.prefix.length;
            const windowTo = position!.end + quote.suffix.length;
            const survives = edited.text.slice(edited.shiftAt(windowFrom), edited.shiftAt(windowTo)) === passage(selectors);
            const unique = countOccurrences(edited.text, passage(selectors)) === 1;
            const edgesKept =
              (quote.prefix.length > 0 || edited.shiftAt(position!.start) === 0) &&
              (quote.suffix.length > 0 || edited.shiftAt(position!.end) === edited.text.length);
            if (survives && unique && edgesKept) {
              expect(anchor).toMatchObject({ start: edited.shiftAt(position!.start) });
            }
            if (anchor.status !== "orphan" && anchor.status !== "fuzzy") {
              expect(placed(edited.text, anchor)).toBe(quote.exact);
            }
          });
        },
      ),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });
});
