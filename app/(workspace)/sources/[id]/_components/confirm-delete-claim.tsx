"use client";
import { useTranslations } from "next-intl";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { buttonClass } from "@/app/_components/button-class";
import type { ReaderClaim } from "../reader-claim";

/** Asks before a claim is deleted; opened from the panel or with the Delete key. */
export function ConfirmDeleteClaim({
  claim,
  isPending,
  onCancel,
  onConfirm,
}: {
  claim: ReaderClaim | null;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (claim: ReaderClaim) => void;
}) {
  const t = useTranslations("Reader");
  const common = useTranslations("Common");
  return (
    <AlertDialog.Root open={claim !== null} onOpenChange={(isOpen) => !isOpen && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("deleteThisClaim")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 font-serif text-stone-700">“{claim?.exact}”</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{common("cancel")}</AlertDialog.Cancel>
            <button type="button" disabled={isPending} className={buttonClass("danger")} onClick={() => claim && onConfirm(claim)}>
              {isPending ? t("deleting") : t("deleteClaim")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
