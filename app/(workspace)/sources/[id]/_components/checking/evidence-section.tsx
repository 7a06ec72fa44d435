import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";
import type { CheckingPanelData } from "@/db/queries/claim-detail";
import { approvalLockReason } from "@/lib/checking/approval-lock";
import { canEditEvidence } from "@/lib/checking/permissions";
import { describeQuoteMatch, type QuoteMatchSummary } from "@/lib/checking/quote-match-note";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions";
import { isHttpUrl } from "@/lib/validation/fields";
import { addEvidenceAction, removeEvidenceAction, updateEvidenceAction } from "../../checking-actions";
import { formatCalendarDate } from "@/app/(workspace)/_components/format";
import { DeleteItemButton } from "./delete-item-button";
import { EvidenceCapture } from "./evidence-capture";
import { EvidenceForm } from "./evidence-form";

/** The claim's evidence: each item with its stance, link, quote and where the quote was found; editing while the claim is not approved. */
export async function EvidenceSection({
  actor,
  detail,
  sourceId,
  draftScope,
}: {
  actor: Actor;
  detail: CheckingPanelData["detail"];
  sourceId: string;
  draftScope: { userId: string; claimId: string };
}) {
  const [t, captures, locale] = await Promise.all([getTranslations("Checking"), getTranslations("Captures"), getLocale()]);
  const isLocked = approvalLockReason(detail, "evidence") !== null;
  return (
    <section aria-labelledby="evidence-heading" className="space-y-2">
      <h3 id="evidence-heading" className="font-semibold">
        {t("evidence.heading")} <span className="font-normal text-stone-500">({detail.evidence.length})</span>
      </h3>
      <ul aria-label={t("evidence.list")} className="space-y-2">
        {detail.evidence.map((item) => (
          <li key={item.id} className="rounded-md border border-stone-200 bg-white p-2" data-evidence-id={item.id}>
            <p className="text-xs font-medium">
              <span className={item.stance === "refutes" ? "text-red-800" : item.stance === "supports" ? "text-emerald-800" : "text-stone-700"}>
                {t(`stance.${item.stance}`)}
              </span>
              {item.outlet ? (
                <>
                  {" "}
                  · <bdi>{item.outlet}</bdi>
                </>
              ) : null}
            </p>
            {item.url && isHttpUrl(item.url) ? (
              <a href={item.url} rel="noopener noreferrer nofollow" target="_blank" className="block truncate text-xs text-accent-700 underline">
                {item.url}
              </a>
            ) : null}
            {item.quote ? <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-700">{item.quote}</blockquote> : null}
            {item.quoteMatch ? <QuoteMatchNote match={item.quoteMatch} locale={locale} /> : null}
            {item.capture ? (
              <RegionErrorBoundary region={captures("region")}>
                <Suspense fallback={null}>
                  <EvidenceCapture
                    actor={actor}
                    evidenceId={item.id}
                    capture={item.capture}
                    quoteMatch={item.captureQuoteMatch}
                    mayRequest={canEditEvidence(actor, item)}
                    mayRecapture={canEditEvidence(actor, item) && !isLocked}
                  />
                </Suspense>
              </RegionErrorBoundary>
            ) : null}
            <p className="mt-1 text-xs text-stone-500">
              {t("evidence.addedBy")} <bdi>{item.createdByName}</bdi>
              {item.accessedAt ? t("evidence.accessedOn", { date: formatCalendarDate(item.accessedAt, locale) }) : ""}
            </p>
            {canEditEvidence(actor, item) && !isLocked ? (
              <div className="mt-1 flex items-center gap-3">
                <details>
                  <summary className="cursor-pointer text-xs text-accent-700 underline">{t("evidence.edit")}</summary>
                  <div className="mt-2">
                    <EvidenceForm
                      action={updateEvidenceAction.bind(null, sourceId, item.id)}
                      draftScope={{ ...draftScope, form: `evidence:${item.id}` }}
                      initial={item}
                      version={item.version}
                      submitLabel={t("evidence.save")}
                      formLabel={t("evidence.editForm")}
                    />
                  </div>
                </details>
                <DeleteItemButton label={t("evidence.remove")} action={removeEvidenceAction.bind(null, sourceId, item.id, item.version)} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {isLocked ? (
        <p className="text-xs text-stone-500" data-testid="evidence-lock">
          {t("lock.evidence")}
        </p>
      ) : (
        <details className="rounded-md border border-dashed border-stone-300 p-2" open={detail.evidence.length === 0}>
          <summary className="cursor-pointer text-sm font-medium">{t("evidence.add")}</summary>
          <div className="mt-2">
            <EvidenceForm
              action={addEvidenceAction.bind(null, sourceId, detail.id)}
              draftScope={{ ...draftScope, form: "evidence:new" }}
              submitLabel={t("evidence.add")}
              formLabel={t("evidence.add")}
            />
          </div>
        </details>
      )}
    </section>
  );
}

/** Where the evidence quote was found in the linked source (see `describeQuoteMatch`). */
function QuoteMatchNote({ match, locale }: { match: QuoteMatchSummary; locale: Locale }) {
  const note = describeQuoteMatch(match, locale);
  return <p className={`mt-1 text-xs ${note.isWarning ? "font-medium text-red-700" : "text-emerald-800"}`}>{note.text}</p>;
}
