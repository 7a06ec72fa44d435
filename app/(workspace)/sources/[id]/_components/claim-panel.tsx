"use client";
import { useTranslations } from "next-intl";
import { ClaimIndex, type ClaimIndexProps } from "./claim-index";
import { OpenClaimCard } from "./open-claim-card";

/**
 * The side panel: the index of claims, orphans and suggestions above, the open claim below,
 * each scrolling on its own within the screen's height, so moving between claims never means
 * scrolling past a long checking panel (Prev / Next and `]` / `[` step through them).
 */
export function ClaimPanel({
  anchored,
  active,
  onStep,
  onClose,
  checkingPanel,
  ...index
}: ClaimIndexProps & {
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
  /** The server-rendered checking panel of the open claim, when it has arrived. */
  checkingPanel?: React.ReactNode;
}) {
  const t = useTranslations("Reader");
  const activeIndex = active ? anchored.findIndex((claim) => claim.id === active.id) : -1;
  return (
    <aside aria-label={t("claims")} className="flex flex-col gap-4 text-sm lg:max-h-[calc(100vh-2rem)]">
      <ClaimIndex anchored={anchored} active={active} {...index} />
      {active ? (
        <OpenClaimCard
          active={active}
          position={activeIndex === -1 ? null : { index: activeIndex, count: anchored.length }}
          isPending={index.isPending}
          onStep={onStep}
          onClose={onClose}
          onDelete={index.onDelete}
          checkingPanel={checkingPanel}
        />
      ) : null}
    </aside>
  );
}
