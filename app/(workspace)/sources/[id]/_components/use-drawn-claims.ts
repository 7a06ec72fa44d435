"use client";
import { useMemo } from "react";
import type { Span } from "@/lib/reader/spans";
import type { Suggestion } from "@/lib/suggestions";
import type { ReaderClaim } from "../reader-claim";

/** A claim drawn on this version: where it is, and its words here (which differ when matched approximately). */
export type AnchoredClaim = ReaderClaim & Span & { wording: string };

/**
 * What the reader draws of its claims and suggestions: the claims placed on this version in
 * text order (longer first where two start together), the orphans (listed, never drawn), and
 * the suggestions no claim covers yet.
 */
export function useDrawnClaims(claims: ReaderClaim[], text: string, suggestions: Suggestion[]) {
  const anchored = useMemo(
    () =>
      claims
        .flatMap((claim): AnchoredClaim[] =>
          claim.anchor.status === "orphan"
            ? []
            : [{ ...claim, start: claim.anchor.start, end: claim.anchor.end, wording: text.slice(claim.anchor.start, claim.anchor.end) }],
        )
        .sort((a, b) => a.start - b.start || b.end - a.end),
    [claims, text],
  );
  const orphans = useMemo(() => claims.filter((claim) => claim.anchor.status === "orphan"), [claims]);
  const openSuggestions = useMemo(
    () => suggestions.filter((s) => !anchored.some((claim) => claim.start === s.start && claim.end === s.end)),
    [suggestions, anchored],
  );
  return { anchored, orphans, openSuggestions };
}
