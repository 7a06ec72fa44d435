import { getTranslations } from "next-intl/server";
import type { CheckingPanelData } from "@/db/queries/claim-detail";
import { findRating } from "@/lib/checking/rating-scale";
import { recordAssessmentAction } from "../../checking-actions";
import { AssessmentForm } from "./simple-forms";

/** Independent verdicts: this reviewer's own (recorded blind), then the others once theirs is in. */
export async function AssessmentsSection({
  detail,
  sourceId,
  draftScope,
}: {
  detail: CheckingPanelData["detail"];
  sourceId: string;
  draftScope: { userId: string; claimId: string };
}) {
  const t = await getTranslations("Checking");
  const labelOf = (key: string) => findRating(detail.scale, key)?.label ?? key;
  const shown = [...(detail.assessments.own ? [detail.assessments.own] : []), ...detail.assessments.others];
  return (
    <section aria-labelledby="assessments-heading" className="space-y-2">
      <h3 id="assessments-heading" className="font-semibold">
        {t("assessments.heading")}
      </h3>
      <AssessmentForm
        action={recordAssessmentAction.bind(null, sourceId, detail.id)}
        draftScope={{ ...draftScope, form: "assessment" }}
        scale={detail.scale}
        own={detail.assessments.own}
      />
      {detail.assessments.hiddenCount > 0 ? (
        <p className="text-xs text-stone-500">{t("assessments.hidden", { count: detail.assessments.hiddenCount })}</p>
      ) : null}
      {shown.length > 0 ? (
        <ul aria-label={t("assessments.byReviewer")} className="grid grid-cols-2 gap-2">
          {shown.map((assessment) => (
            <li key={assessment.id} className="rounded-md bg-white p-2 text-xs ring-1 ring-stone-200">
              <span className="block font-medium">
                <bdi>{assessment.reviewerName}</bdi>
              </span>
              <span className="block">{labelOf(assessment.verdictKey)}</span>
              {assessment.note ? <span className="block text-stone-500">{assessment.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
