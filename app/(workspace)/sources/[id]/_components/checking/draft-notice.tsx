"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/app/(workspace)/_components/format";
import type { ClaimDraft } from "@/lib/checking/claim-drafts";

/** "Draft restored" above a form whose draft came back from the browser, with a way to discard it. */
export function DraftNotice({ draft, isBehind, onDiscard }: { draft: ClaimDraft | null; isBehind?: boolean; onDiscard: () => void }) {
  const t = useTranslations("Checking.draft");
  const locale = useLocale();
  if (!draft) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 p-2 text-xs text-sky-900"
      data-testid="draft-restored"
    >
      <p>
        {t("restored", { date: formatDateTime(draft.writtenAt, locale) })}
        {isBehind ? t("behind") : ""}
      </p>
      <button type="button" onClick={onDiscard} className="font-medium underline">
        {t("discard")}
      </button>
    </div>
  );
}
