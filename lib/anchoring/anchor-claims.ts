import { anchorPrepared, confirmedInPlace, toAnchor, type AnchorWork } from "./anchor-claim";
import { ClaimContext } from "./claim-context";
import { contextIsIntact } from "./context-similarity";
import { evaluateCandidate } from "./judge-candidates";
import { fuzzyErrorBudget, MIN_FUZZY_QUOTE_LENGTH, PLACE_TOLERANCE } from "./thresholds";
import type { Anchor, ClaimSelectors } from "./types";

/** How many distinct recent shifts are tried before the full search. */
const REMEMBERED_SHIFTS = 4;

/**
 * Anchors many claims on one text; `result[i]` is the anchor of `claims[i]`, with the
 * contract, statuses and orphan reasons of `anchorClaim` (it never throws).
 *
 * Built for re-anchoring after an edit, where most claims are unchanged and many merely
 * shifted. Claims are visited in the order of their stored positions, and the shifts
 * (new start − stored start) of the last few claims placed are tried first: a claim
 * whose quote is at its stored position with both contexts verbatim, or at its stored
 * position plus such a shift with both contexts strongly agreeing (`confirmedInPlace`),
 * is placed in O(quote + context) time without searching the text. Every other claim gets the full search of `anchorClaim` with the
 * latest shift as its hint, and occurrence lists are shared between claims quoting the
 * same words.
 *
 * A claim right after a discontinuity (a moved or inserted paragraph) has a misleading
 * hint, so a second, backward pass revisits every claim that needed the full search and
 * was not placed at its forward hint, with the shift of the next placed claim as hint:
 * a placement at that hint replaces the first result (position backed by a neighbour
 * beats context evidence alone). Both neighbours get a say.
 *
 * Placements agree with `anchorClaim(text, claim, { hint })` for the hint used; they can
 * differ from a lone `anchorClaim` call without hint only where a neighbour's shift tells
 * which of several identical, identically surrounded passages the claim belongs to.
 */
export function anchorClaims(text: string, claims: readonly ClaimSelectors[]): Anchor[] {
  const steps = anchorClaimsInSteps(text, claims);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `anchorClaims` in steps: the generator pauses (yields) after every `claimsPerStep` claims
 * visited in each pass and returns the same anchors when it is done. A server drives it
 * across event-loop turns, so re-anchoring thousands of claims never holds up other requests
 * for long; nothing else differs.
 */
export function* anchorClaimsInSteps(text: string, claims: readonly ClaimSelectors[], claimsPerStep = 100): Generator<void, Anchor[]> {
  const results = new Array<Anchor>(claims.length);
  const shiftOf = new Array<number | null>(claims.length).fill(null);
  const hintShift = new Array<number>(claims.length).fill(0);
  const searched = new Array<boolean>(claims.length).fill(false);
  const order = claims.map((_, index) => index);
  const storedStart = (index: number): number | null => {
    const start = claims[index]!.position?.start;
    return typeof start === "number" && Number.isInteger(start) ? start : null;
  };
  order.sort((a, b) => (storedStart(a) ?? Infinity) - (storedStart(b) ?? Infinity) || a - b);

  const work: AnchorWork = { occurrences: new Map() };
  const shifts: number[] = [0];
  const remember = (shift: number): void => {
    const seen = shifts.indexOf(shift);
    if (seen !== -1) shifts.splice(seen, 1);
    shifts.unshift(shift);
    if (shifts.length > REMEMBERED_SHIFTS) shifts.pop();
  };
  const record = (index: number, anchor: Anchor): void => {
    results[index] = anchor;
    const start = storedStart(index);
    shiftOf[index] = anchor.status !== "orphan" && start !== null ? anchor.start - start : null;
  };

  for (const [visited, index] of order.entries()) {
    if (visited > 0 && visited % claimsPerStep === 0) yield;
    const start = storedStart(index);
    const anchor = start === null ? null : placeByShift(text, claims[index]!, start, shifts);
    if (anchor !== null) {
      record(index, anchor);
    } else {
      hintShift[index] = shifts[0]!;
      searched[index] = true;
      const hint = start === null ? undefined : start + shifts[0]!;
      record(index, anchorPrepared(new ClaimContext(text, claims[index]!, hint), work));
    }
    if (shiftOf[index] !== null) remember(shiftOf[index]!);
  }

  // Second pass, backward: claims that needed the full search and were not placed at
  // their forward hint are tried with the shift of the next placed claim (the forward
  // hint may have come from the wrong side of a moved or inserted paragraph). Only a
  // placement at that hint replaces the forward result.
  let nextShift: number | null = null;
  for (let k = order.length - 1; k >= 0; k--) {
    if (k % claimsPerStep === 0 && k > 0) yield;
    const index = order[k]!;
    const start = storedStart(index);
    const result = results[index]!;
    const atForwardHint = result.status !== "orphan" && start !== null && Math.abs(result.start - (start + hintShift[index]!)) <= PLACE_TOLERANCE;
    if (searched[index] && !atForwardHint && start !== null && nextShift !== null && nextShift !== hintShift[index]) {
      const hint = start + nextShift;
      const confirmed = placeByShift(text, claims[index]!, start, [nextShift]);
      if (confirmed !== null) {
        record(index, confirmed);
      } else if (mayBeAt(text, claims[index]!, hint)) {
        const retried = anchorPrepared(new ClaimContext(text, claims[index]!, hint), work);
        // Only a placement at the backward hint is new evidence; anywhere else it rests on
        // the same words and context the forward search already weighed.
        if (retried.status !== "orphan" && Math.abs(retried.start - hint) <= PLACE_TOLERANCE) record(index, retried);
      }
    }
    if (shiftOf[index] !== null) nextShift = shiftOf[index]!;
  }
  return results;
}

/**
 * Whether anything could be placed within `PLACE_TOLERANCE` of `hint`: the identical
 * quote, or (for quotes long enough for fuzzy matching) its first or last eight code
 * units, which an approximate match there would keep unless heavily edited. A cheap
 * filter before a full search whose result only counts at the hint.
 */
function mayBeAt(text: string, selectors: ClaimSelectors, hint: number): boolean {
  const { exact } = selectors.quote;
  const slack = PLACE_TOLERANCE + fuzzyErrorBudget(exact.length);
  const from = Math.max(0, hint - slack);
  const window = text.slice(from, Math.min(text.length, hint + exact.length + 2 * slack));
  if (window.includes(exact)) return true;
  if (exact.length < MIN_FUZZY_QUOTE_LENGTH) return false;
  return window.includes(exact.slice(0, 8)) || window.includes(exact.slice(-8));
}

/** The claim placed at `start + shift` for one of `shifts`, or null. */
function placeByShift(text: string, selectors: ClaimSelectors, start: number, shifts: readonly number[]): Anchor | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.length === 0) return null;
  for (const shift of shifts) {
    const at = start + shift;
    if (at < 0 || !text.startsWith(exact, at)) continue;
    const end = at + exact.length;
    const claim = new ClaimContext(text, selectors, at);
    // Verbatim context keeps the original's word edges (see `graphemesAreWhole`); a
    // shifted candidate gets the full edge check in `evaluateCandidate`.
    if (!claim.graphemesAreWhole(at, end)) continue;
    if (shift === 0 && contextIsIntact(text, at, end, prefix, suffix)) return { status: "exact", start: at, end, score: 1 };
    if (shift === 0) continue; // not verbatim at the stored position: full search decides
    const candidate = evaluateCandidate(claim, at, end, 0, "hint");
    if (candidate !== null && confirmedInPlace(candidate)) return toAnchor(claim, candidate);
  }
  return null;
}
