"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { FieldError, useFieldIds } from "@/app/_components/field-parts";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import type { Rating, RatingValue } from "@/lib/checking/rating-scale";
import { saveInvestigationSettingsAction } from "@/app/(workspace)/investigation-actions";

type Row = { key: string; label: string; ratingValue: RatingValue };

/**
 * Editors rename, reorder, add and remove the verdicts of an investigation's scale (each
 * with its ClaimReview rating, 1 = false … 5 = true) and choose whether reviewers see each
 * other's independent verdicts before recording their own, and how wide "roughly N" reads
 * when figures are compared.
 */
export function InvestigationSettingsForm({
  investigationId,
  version,
  scale,
  hidesOthersAssessments,
  approximateTolerancePercent,
}: {
  investigationId: string;
  version: number;
  scale: readonly Rating[];
  hidesOthersAssessments: boolean;
  approximateTolerancePercent: number;
}) {
  const [rows, setRows] = useState<Row[]>(() => scale.map((rating) => ({ ...rating })));
  const t = useTranslations("Investigations.settings");
  const [tolerance, setTolerance] = useState(String(approximateTolerancePercent));
  const [basedOn, setBasedOn] = useState(String(version));
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await saveInvestigationSettingsAction(investigationId, previous, formData);
    if (result.status === "saved" && result.values?.version) setBasedOn(result.values.version);
    return result;
  }, idleFormState);
  const toleranceIds = useFieldIds({ hint: true, error: state.fieldErrors?.approximateTolerancePercent });
  const update = (index: number, change: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  return (
    <form action={action} noValidate aria-label={t("formLabel")} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={basedOn} />
      <input type="hidden" name="scale" value={JSON.stringify(rows)} />
      <table className="w-full text-sm">
        <caption className="sr-only">{t("scaleCaption")}</caption>
        <thead className="text-left text-xs text-stone-500">
          <tr>
            <th scope="col" className="py-1 font-medium">
              {t("verdict")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("rating")}
            </th>
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">{t("order")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.key}-${index}`}>
              <td className="py-1 pr-2">
                <input
                  aria-label={t("verdictNumber", { number: index + 1 })}
                  value={row.label}
                  onChange={(event) => update(index, { label: event.target.value })}
                  className="w-full rounded-md border border-stone-300 px-2 py-1"
                />
              </td>
              <td className="py-1 pr-2">
                <select
                  aria-label={t("ratingOf", { number: index + 1 })}
                  value={row.ratingValue}
                  onChange={(event) => update(index, { ratingValue: Number(event.target.value) as RatingValue })}
                  className="rounded-md border border-stone-300 px-2 py-1"
                >
                  {[5, 4, 3, 2, 1].map((value) => (
                    <option key={value} value={value}>
                      {value === 5 ? t("ratingTrue", { value }) : value === 1 ? t("ratingFalse", { value }) : `${value} `}
                    </option>
                  ))}
                </select>
              </td>
              <td className="whitespace-nowrap py-1 text-right">
                <button
                  type="button"
                  aria-label={t("moveUp", { label: row.label })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  className={buttonClass("quiet", "px-2 py-1 text-xs")}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t("moveDown", { label: row.label })}
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                  className={buttonClass("quiet", "px-2 py-1 text-xs")}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t("removeRow", { label: row.label })}
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                  className={buttonClass("quiet", "px-2 py-1 text-xs text-red-700")}
                >
                  {t("remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
        onClick={() => setRows((current) => [...current, { key: "", label: "", ratingValue: 3 }])}
      >
        {t("addVerdict")}
      </button>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="hidesOthersAssessments" value="on" defaultChecked={hidesOthersAssessments} />
        {t("hideOthers")}
      </label>
      <div>
        <label htmlFor={toleranceIds.control.id} className="block text-sm">
          {t("roughlyBefore")}{" "}
          <input
            {...toleranceIds.control}
            name="approximateTolerancePercent"
            inputMode="numeric"
            value={tolerance}
            onChange={(event) => setTolerance(event.target.value)}
            className="w-14 rounded-md border border-stone-300 px-2 py-0.5 text-right"
          />{" "}
          %
        </label>
        <p id={toleranceIds.hintId} className="text-xs text-stone-500">
          {t("toleranceHint")}
        </p>
        <FieldError id={toleranceIds.errorId} error={state.fieldErrors?.approximateTolerancePercent} />
      </div>
      <SubmitButton className="px-3 py-1.5 text-xs">{t("save")}</SubmitButton>
    </form>
  );
}
