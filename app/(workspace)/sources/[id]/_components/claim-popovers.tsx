"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-class";
import type { ReaderClaim } from "../reader-claim";

export type Offer = { start: number; end: number; top: number; left: number; source: "selection" | "suggestion" };

/**
 * The small toolbar under a selection ("Add claim") or a clicked suggestion, whose words are
 * then selected ("Accept"), and "Move open claim here" when the open claim may be re-selected
 * ("Attach to selection" when it is an orphan). Buttons do not take focus on mouse down, so the
 * selection survives the click; from the keyboard, Tab after a Shift+arrow selection reaches them.
 */
export function OfferToolbar({
  offer,
  canCreate,
  movableClaim,
  isPending,
  onAdd,
  onMove,
}: {
  offer: Offer;
  canCreate: boolean;
  movableClaim: ReaderClaim | null;
  isPending: boolean;
  onAdd: () => void;
  onMove: () => void;
}) {
  const t = useTranslations("Reader");
  return (
    <div
      role="toolbar"
      aria-label={t("selection")}
      className="absolute z-20 flex gap-1 rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
      style={{ top: offer.top, left: offer.left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {canCreate ? (
        <button type="button" disabled={isPending} className={buttonClass("primary", "px-2.5 py-1 text-xs")} onClick={onAdd}>
          {offer.source === "suggestion" ? t("accept") : t("addClaim")} <kbd className="rounded bg-white/20 px-1 font-mono text-[10px]">{t("enterKey")}</kbd>
        </button>
      ) : null}
      {movableClaim && offer.source === "selection" ? (
        <button
          type="button"
          disabled={isPending}
          className={buttonClass(movableClaim.anchor.status === "orphan" ? "primary" : "secondary", "px-2.5 py-1 text-xs")}
          onClick={onMove}
        >
          {movableClaim.anchor.status === "orphan" ? t("attachToSelection") : t("moveOpenClaimHere")}
        </button>
      ) : null}
    </div>
  );
}

/** Where several claims overlap at a click: offers each of them. */
export function ClaimChooser({
  claims,
  top,
  left,
  onChoose,
  onClose,
}: {
  claims: ReaderClaim[];
  top: number;
  left: number;
  onChoose: (claim: ReaderClaim) => void;
  onClose: () => void;
}) {
  const t = useTranslations("Reader");
  return (
    <div
      role="menu"
      aria-label={t("claimsHere")}
      className="absolute z-20 w-72 rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
      style={{ top, left }}
      onKeyDown={(event) => event.key === "Escape" && onClose()}
    >
      <p className="px-2 py-1 text-xs font-medium text-stone-500">{t("claimsHereCount", { count: claims.length })}</p>
      {claims.map((claim, index) => (
        <button
          key={claim.id}
          type="button"
          role="menuitem"
          autoFocus={index === 0}
          className="block w-full truncate rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 focus:bg-stone-100"
          onClick={() => onChoose(claim)}
        >
          “{claim.exact}”
        </button>
      ))}
    </div>
  );
}
