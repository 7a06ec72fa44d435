import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/app/(workspace)/_components/format";

/**
 * The versions of a source: read any earlier one (read-only, with the claims as they fall on
 * it) or compare it with the current one.
 */
export function VersionPicker({
  sourceId,
  versions,
  shownNumber,
  currentNumber,
}: {
  sourceId: string;
  versions: { number: number; createdAt: string; createdByName: string }[];
  shownNumber: number;
  currentNumber: number;
}) {
  const t = useTranslations("Reader");
  const locale = useLocale();
  if (versions.length < 2) return null;
  return (
    <div className="space-y-2">
      {shownNumber !== currentNumber ? (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("readingVersion", { shown: shownNumber, current: currentNumber })}{" "}
          <Link href={`/sources/${sourceId}`} className="underline">
            {t("backToCurrent")}
          </Link>{" "}
          ·{" "}
          <Link href={`/sources/${sourceId}/diff?from=${shownNumber}&to=${currentNumber}`} className="underline">
            {t("whatChangedSince")}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t("versions")} className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <span className="font-medium">{t("versionsLabel")}</span>
        {versions.map((version) => (
          <Link
            key={version.number}
            href={version.number === currentNumber ? `/sources/${sourceId}` : `/sources/${sourceId}?version=${version.number}`}
            aria-current={version.number === shownNumber ? "page" : undefined}
            title={t("savedBy", { name: version.createdByName, date: formatDateTime(version.createdAt, locale) })}
            className={`rounded-full border px-2 py-0.5 ${version.number === shownNumber ? "border-accent-600 bg-accent-50 text-accent-800" : "border-stone-300 hover:bg-stone-100"}`}
          >
            {version.number}
            {version.number === currentNumber ? t("current") : ""}
          </Link>
        ))}
      </nav>
    </div>
  );
}
