import { describeKappa } from "@/lib/checking/agreement";
import { findRating, type Rating } from "@/lib/checking/rating-scale";
import type { getAgreementByInvestigation } from "@/db/queries/assessments";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** Claims by status, and how far reviewers' independent verdicts agree (percentage and Fleiss' kappa). */
export function AgreementSummary({
  counts,
  agreement,
  scale,
}: {
  counts: { open: number; "in-review": number; approved: number };
  agreement: Awaited<ReturnType<typeof getAgreementByInvestigation>>;
  scale: readonly Rating[];
}) {
  return (
    <section aria-labelledby="progress-heading" className="grid gap-4 rounded-xl border border-stone-200 bg-white p-5 md:grid-cols-2">
      <div>
        <h2 id="progress-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          Claims
        </h2>
        <dl className="mt-2 flex gap-6 text-sm" data-testid="claim-counts">
          <div>
            <dt className="text-stone-500">Open</dt>
            <dd className="text-xl font-semibold">{counts.open}</dd>
          </div>
          <div>
            <dt className="text-stone-500">In review</dt>
            <dd className="text-xl font-semibold">{counts["in-review"]}</dd>
          </div>
          <div>
            <dt className="text-stone-500">Approved</dt>
            <dd className="text-xl font-semibold">{counts.approved}</dd>
          </div>
        </dl>
      </div>
      <div data-testid="agreement">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">Reviewer agreement</h2>
        {agreement.claimsCompared === 0 ? (
          <p className="mt-2 text-sm text-stone-500">
            {agreement.isLimitedToOwnAssessments
              ? "None of the claims you have given an independent verdict on has another reviewer’s verdict yet. This investigation hides others’ verdicts until you record yours, so only those claims count here."
              : "No claim has independent verdicts from two reviewers yet."}
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm">
              <strong className="text-xl">{percent(agreement.percentAgreement)}</strong> agreement · {describeKappa(agreement)} · over{" "}
              {agreement.claimsCompared} {agreement.claimsCompared === 1 ? "claim" : "claims"}
              {agreement.isLimitedToOwnAssessments ? " you have given an independent verdict on" : ""}
            </p>
            {agreement.disagreements.length > 0 ? (
              <ul aria-label="Claims where reviewers disagree" className="mt-2 space-y-1 text-xs">
                {agreement.disagreements.slice(0, 8).map((item) => (
                  <li key={item.claimId}>
                    “{item.exact}”: {item.verdicts.map((key) => findRating(scale, key)?.label ?? key).join(" / ")}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
