import { getLocale, getTranslations } from "next-intl/server";
import type { CaptureCheck } from "@/db/queries/capture-checks";
import { captureFailureReasonOf } from "@/lib/capture-display/failure-reason";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "../format";
import { WordDiffText } from "./word-diff-text";

/**
 * The checks of a capture against its live page, newest first: "Unchanged since capture" or
 * "Changed since capture" (with the word diff behind a disclosure, open for the newest when
 * `openFirst`), or why the live page could not be read; who asked is left out, the daily
 * re-check is named.
 */
export async function CaptureCheckList({ checks, openFirst = false }: { checks: CaptureCheck[]; openFirst?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("Captures"), getLocale()]);
  if (checks.length === 0) return <p className="text-xs text-stone-500">{t("check.noChecks")}</p>;
  return (
    <ol className="space-y-1.5" aria-label={t("page.checks")}>
      {checks.map((check, index) => (
        <li key={check.id} className="text-xs" data-testid="capture-check">
          <CheckResult check={check} locale={locale as Locale} t={t} />
          {check.changed && check.diff ? (
            <details open={openFirst && index === 0} className="mt-1">
              <summary className="cursor-pointer text-accent-700 underline">{t("check.showDiff")}</summary>
              <div className="mt-1">
                <WordDiffText diff={check.diff} />
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

type CapturesT = Awaited<ReturnType<typeof getTranslations<"Captures">>>;

function CheckResult({ check, locale, t }: { check: CaptureCheck; locale: Locale; t: CapturesT }) {
  const when = [t("check.on", { time: formatDateTime(check.checkedAt, locale) }), check.checkedBy === null ? t("check.daily") : null]
    .filter(Boolean)
    .join(" · ");
  if (check.changed === null)
    return (
      <p className="font-medium text-red-800">
        {t("check.failed", { reason: t(`failure.${captureFailureReasonOf(check.error)}`) })} <span className="font-normal text-stone-500">· {when}</span>
      </p>
    );
  return (
    <p>
      <span className={check.changed ? "font-semibold text-amber-900" : "font-medium text-emerald-900"}>
        {t(check.changed ? "check.changed" : "check.unchanged")}
      </span>{" "}
      <span className="text-stone-500">· {when}</span>
    </p>
  );
}
