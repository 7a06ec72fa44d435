"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Paragraph } from "@/lib/reader/paragraphs";
import { stepThrough } from "@/lib/reader/spans";
import type { ReaderClaim } from "../reader-claim";
import type { AnchoredClaim } from "./use-drawn-claims";
import { keepSpanAboveSheet, revealSpan } from "./text-dom";

export type OpenClaim = ReturnType<typeof useOpenClaim>;

/**
 * The open claim (`active`, null when none or no longer listed), named in the URL
 * (`?claim=`) so it can be shared. `open` announces the claim and calls `onOpen`; with
 * `reveal` it also moves the caret to its words and scrolls them into view (never for an
 * orphan, which is not drawn). `step` opens the next (1) or previous (-1) drawn claim in
 * text order; `close` closes it, announced; `setOpenId` opens or closes without a word.
 * On a narrow screen the open claim's words are kept above the sheet that shows it.
 */
export function useOpenClaim({
  sourceId,
  openClaimId,
  claims,
  anchored,
  rootRef,
  paragraphs,
  announce,
  expectCaretAt,
  onOpen,
}: {
  sourceId: string;
  openClaimId: string | undefined;
  claims: ReaderClaim[];
  anchored: AnchoredClaim[];
  rootRef: React.RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  announce: (message: string) => void;
  expectCaretAt: (offset: number) => void;
  onOpen: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("Reader");
  const [activeId, setActiveId] = useState<string | null>(openClaimId ?? null);
  // The open claim may be an orphan: it is shown in the panel (and can be re-attached) but never drawn.
  const active = claims.find((claim) => claim.id === activeId) ?? null;

  const setOpenId = (id: string | null) => {
    setActiveId(id);
    router.replace(id === null ? `/sources/${sourceId}` : `/sources/${sourceId}?claim=${id}`, { scroll: false });
  };

  const open = (claim: ReaderClaim, options: { reveal: boolean }) => {
    setOpenId(claim.id);
    onOpen();
    announce(claim.anchor.status === "orphan" ? t("announce.orphan", { exact: claim.exact }) : t("announce.claim", { exact: claim.exact }));
    if (options.reveal && rootRef.current && claim.anchor.status !== "orphan") {
      expectCaretAt(claim.anchor.start);
      revealSpan(rootRef.current, paragraphs, claim.anchor);
    }
  };

  const step = (direction: 1 | -1) => {
    const next = stepThrough(anchored, activeId, direction);
    if (next) open(next, { reveal: true });
  };

  const close = () => {
    setOpenId(null);
    announce(t("announce.closed"));
  };

  // On a narrow screen, once the sheet with the open claim is drawn (and the page has room below
  // the text for it), bring the claim's words above the sheet.
  const openSpan = active && active.anchor.status !== "orphan" ? active.anchor : null;
  const openStart = openSpan?.start;
  const openEnd = openSpan?.end;
  useEffect(() => {
    if (rootRef.current && openStart !== undefined && openEnd !== undefined)
      keepSpanAboveSheet(rootRef.current, paragraphs, { start: openStart, end: openEnd });
  }, [rootRef, activeId, openStart, openEnd, paragraphs]);

  return { activeId, active, open, step, close, setOpenId };
}
