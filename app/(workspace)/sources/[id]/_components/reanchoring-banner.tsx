import { useTranslations } from "next-intl";

/** After an edit: how the claims were found again in the new version (from `?reanchored=exact.moved.fuzzy.orphan`). */
export function ReanchoringBanner({ summary, versionNumber }: { summary: string; versionNumber: number }) {
  const t = useTranslations("Reader");
  const [exact = 0, moved = 0, fuzzy = 0, orphan = 0] = summary.split(".").map((part) => Number(part) || 0);
  return (
    <p
      role="status"
      data-testid="reanchoring-summary"
      className={`rounded-md border px-3 py-2 text-sm ${orphan ? "border-amber-300 bg-amber-50 text-amber-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      {t("reanchored", { version: versionNumber, exact, moved, fuzzy, orphan })}
    </p>
  );
}
