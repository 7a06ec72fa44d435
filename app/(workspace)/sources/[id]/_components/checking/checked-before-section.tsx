import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listCheckedBefore, type CheckedBeforeMatch } from "@/db/queries/checked-before";
import { isAppError } from "@/lib/errors";
import { verdictToneOf } from "@/lib/checking/verdict-colours";
import type { Actor } from "@/lib/permissions";
import type { MatchReason, ReasonFigure } from "@/lib/search/checked-before";
import { UserText } from "@/app/_components/user-text";
import { copyCheckedBeforeEvidenceAction, linkCheckedBeforeAction } from "../../checked-before-actions";
import { CheckedBeforeButtons } from "./checked-before-buttons";

type T = Awaited<ReturnType<typeof getTranslations<"CheckedBefore">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A reason in the reader's language (lib/search/checked-before/reasons.ts), numbers formatted for it. */
function reasonText(reason: MatchReason, t: T, format: Format): string {
  const figure = (value: ReasonFigure) =>
    value.high === null
      ? t("figure.from", { text: value.text, low: format.number(value.low) })
      : value.low === value.high
        ? t("figure.exact", { text: value.text })
        : t("figure.range", { text: value.text, low: format.number(value.low), high: format.number(value.high) });
  const list = (items: readonly (string | number)[]) => items.map((item) => (typeof item === "number" ? String(item) : item)).join(", ");
  switch (reason.code) {
    case "sameThing":
      return t("reasons.sameThing", { thing: reason.thing });
    case "figuresOverlap":
    case "figuresDiffer":
      return t(`reasons.${reason.code}`, { claim: figure(reason.claim), candidate: figure(reason.candidate) });
    case "differentThings":
      return t("reasons.differentThings", { claim: reason.claim, candidate: reason.candidate });
    case "names":
      return t("reasons.names", { names: list(reason.names) });
    case "sameDate":
      return t("reasons.sameDate", { dates: list(reason.dates) });
    case "differentYears":
      return t("reasons.differentYears", { claim: list(reason.claim), candidate: list(reason.candidate) });
    case "similarWords":
      return t("reasons.similarWords", { words: list(reason.words) });
  }
}

/**
 * "Checked before" in the claim's panel: earlier claims of every investigation that state the
 * same thing (db/queries/checked-before.ts), twins first and approved first, each with its
 * verdict, status, rationale's first line, investigation, fact, reasons and a link; one click
 * links the open claim into the match's fact (only a fact of this claim's investigation: facts
 * belong to one) or copies its evidence (any investigation). A failure to load says so here and
 * leaves the rest of the panel working.
 */
export async function CheckedBeforeSection({
  actor,
  claimId,
  sourceId,
  investigationId,
  hasFact,
  isApproved,
}: {
  actor: Actor;
  claimId: string;
  sourceId: string;
  investigationId: string;
  hasFact: boolean;
  isApproved: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("CheckedBefore"), getFormatter()]);
  let matches: CheckedBeforeMatch[];
  try {
    ({ matches } = await listCheckedBefore({ actor, claimId }));
  } catch (error) {
    // Any failure stays inside this section: the claim's panel keeps working.
    if (!isAppError(error)) console.error("checked before failed", error);
    return (
      <section aria-labelledby="checked-before-heading" className="space-y-2" data-testid="checked-before">
        <h3 id="checked-before-heading" className="font-semibold">
          {t("heading")}
        </h3>
        <p role="alert" className="text-sm text-red-700">
          {t("loadFailed")}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="checked-before-heading" className="space-y-2" data-testid="checked-before">
      <h3 id="checked-before-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <p className="text-xs text-stone-600">{t("intro")}</p>
      {matches.length === 0 ? (
        <p className="text-sm text-stone-600" data-testid="checked-before-none">
          {t("none")}
        </p>
      ) : (
        <ul className="space-y-3">
          {matches.map((match) => {
            const sameInvestigation = match.investigationId === investigationId;
            const canLink = match.factId !== null && sameInvestigation && !hasFact;
            const canCopy = match.evidenceCount > 0 && !isApproved;
            return (
              <li key={match.claimId} className="rounded-md border border-stone-200 p-3 text-sm" data-testid="checked-before-match">
                <div className="flex flex-wrap items-center gap-2">
                  {match.verdictLabel ? (
                    <span
                      data-testid="checked-before-verdict"
                      className={`rounded-full px-2 py-0.5 text-xs font-medium verdict-tone-${verdictToneOf(match.verdictValue)}`}
                    >
                      <UserText>{match.verdictLabel}</UserText>
                    </span>
                  ) : (
                    <span className="text-xs text-stone-600">{t("noVerdict")}</span>
                  )}
                  <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs">{t(`status.${match.status}`)}</span>
                  {match.kind === "conflict" ? (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900" title={t("conflictNote")}>
                      {t("conflictBadge")}
                    </span>
                  ) : null}
                  <span className="ml-auto text-xs text-stone-600">{t("score", { score: match.score })}</span>
                </div>
                <p className="mt-1">
                  <Link href={`/sources/${match.sourceId}?claim=${match.claimId}`} className="font-medium text-accent-700 underline" title={t("openClaim")}>
                    <UserText>{match.exact}</UserText>
                  </Link>
                </p>
                {match.rationaleLine ? (
                  <p className="mt-1 text-stone-700" data-testid="checked-before-rationale">
                    <UserText>{match.rationaleLine}</UserText>
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-stone-600">
                  {t.rich("inInvestigation", { investigation: match.investigationTitle, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                  {match.factId && match.factTitle ? (
                    <>
                      {" · "}
                      <Link href={`/facts/${match.factId}`} className="underline">
                        {t.rich("factLink", { title: match.factTitle, bdi: (chunks) => <bdi>{chunks}</bdi> })}
                      </Link>
                    </>
                  ) : null}
                </p>
                <ul className="mt-1 list-disc pl-5 text-xs text-stone-700" data-testid="checked-before-reasons">
                  {match.reasons.map((reason, at) => (
                    <li key={at}>{reasonText(reason, t, format)}</li>
                  ))}
                </ul>
                {match.factId !== null && !sameInvestigation && !hasFact ? <p className="mt-1 text-xs text-stone-600">{t("otherInvestigation")}</p> : null}
                {canLink || canCopy ? (
                  <CheckedBeforeButtons
                    link={canLink ? linkCheckedBeforeAction.bind(null, sourceId, claimId, match.factId!) : null}
                    copy={canCopy ? copyCheckedBeforeEvidenceAction.bind(null, sourceId, claimId, match.claimId) : null}
                    evidenceCount={match.evidenceCount}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
