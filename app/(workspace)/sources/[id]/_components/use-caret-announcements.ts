"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { spansAt } from "@/lib/reader/spans";
import { caretOffsetIn } from "./text-dom";
import type { AnchoredClaim } from "./use-drawn-claims";

/**
 * Announces the claim the caret enters while the text has focus ("In claim: …", or each of
 * several overlapping ones), once per move into it, so screen-reader users hear what is
 * highlighted. Returns `expectCaretAt(offset)`, for the reader to call before it moves the
 * caret itself (to a claim it has just announced), so that claim is not announced twice.
 */
export function useCaretAnnouncements(rootRef: React.RefObject<HTMLElement | null>, anchored: AnchoredClaim[], announce: (message: string) => void) {
  // The claims under the caret when it last moved, so moving into a claim is announced once.
  const lastCaretClaims = useRef("");
  const t = useTranslations("Reader");
  useEffect(() => {
    const onSelectionChange = () => {
      if (document.activeElement !== rootRef.current) return;
      const caret = caretOffsetIn(rootRef.current);
      const here = caret === null ? [] : spansAt(anchored, caret);
      const key = here.map((claim) => claim.id).join();
      if (key === lastCaretClaims.current) return;
      lastCaretClaims.current = key;
      if (here.length)
        announce(
          here.length === 1
            ? t("announce.inClaim", { exact: here[0]!.exact })
            : t("announce.inClaims", { count: here.length, list: here.map((c) => c.exact).join("; ") }),
        );
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  });
  return (offset: number) => {
    lastCaretClaims.current = spansAt(anchored, offset)
      .map((claim) => claim.id)
      .join();
  };
}
