"use client";
import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { controlClass, FieldFrame, useFieldIds } from "@/app/_components/field-parts";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { claimStatuses } from "@/lib/checking/claim-status";
import { filterCountOf, searchAddressOf, type SearchParamName, type SearchParamValues } from "@/lib/validation/search-page";

/**
 * The search's words and filters as a GET form to /search: submitting puts them in the
 * address (shared by copying it, kept by the back button). It shows what was typed, and each
 * bad value's message at its field. The filters fold away while none is set.
 */
export function SearchForm({
  values,
  fieldErrors,
  investigations,
  verdicts,
  languages,
}: {
  values: SearchParamValues;
  fieldErrors: Partial<Record<SearchParamName, string>>;
  investigations: SelectOption[];
  verdicts: SelectOption[];
  languages: SelectOption[];
}) {
  const t = useTranslations("Search.form");
  const statuses = useTranslations("Investigations.claimStatus");
  const any = { value: "", label: t("any") };
  const filterCount = filterCountOf(values);
  const open = filterCount > 0 || Object.keys(fieldErrors).some((name) => name !== "q");
  return (
    <Form action="/search" role="search" aria-label={t("landmark")} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      {values.kind ? <input type="hidden" name="kind" value={values.kind} /> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <QueryField label={t("query")} hint={t("queryHint")} defaultValue={values.q} error={fieldErrors.q} />
        <button type="submit" className={buttonClass("primary", "sm:mb-0.5")}>
          {t("submit")}
        </button>
      </div>
      <details open={open} className="group">
        <summary className="cursor-pointer text-sm font-medium text-stone-700">
          {filterCount > 0 ? t("filtersSet", { count: filterCount }) : t("filters")}
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            label={t("investigation")}
            name="investigation"
            defaultValue={values.investigation}
            error={fieldErrors.investigation}
            options={[{ value: "", label: t("anyInvestigation") }, ...investigations]}
          />
          <SelectField label={t("verdict")} name="verdict" defaultValue={values.verdict} error={fieldErrors.verdict} options={[any, ...verdicts]} />
          <SelectField
            label={t("status")}
            name="status"
            defaultValue={values.status}
            error={fieldErrors.status}
            options={[any, ...claimStatuses.map((status) => ({ value: status, label: statuses(status) }))]}
          />
          <SelectField label={t("language")} name="language" defaultValue={values.language} error={fieldErrors.language} options={[any, ...languages]} />
          <Field label={t("outlet")} name="outlet" defaultValue={values.outlet} error={fieldErrors.outlet} />
          <Field label={t("from")} name="from" hint={t("dateHint")} defaultValue={values.from} error={fieldErrors.from} />
          <Field label={t("to")} name="to" hint={t("dateHint")} defaultValue={values.to} error={fieldErrors.to} />
          <div className="flex flex-wrap items-end gap-2">
            <button type="submit" className={buttonClass("secondary")}>
              {t("apply")}
            </button>
            {filterCount > 0 ? (
              <Link
                href={searchAddressOf(values, { investigation: "", verdict: "", status: "", language: "", outlet: "", from: "", to: "" })}
                className={buttonClass("quiet")}
              >
                {t("clear")}
              </Link>
            ) : null}
          </div>
        </div>
      </details>
    </Form>
  );
}

/** The words to find; ↓ from it moves to the first result (useResultKeys reads `data-search-box`). */
function QueryField({ label, hint, defaultValue, error }: { label: string; hint: string; defaultValue: string; error?: string }) {
  const ids = useFieldIds({ hint: true, error });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className="flex-1">
      <input
        {...ids.control}
        key={defaultValue}
        name="q"
        type="search"
        defaultValue={defaultValue}
        autoComplete="off"
        data-search-box=""
        className={controlClass(error)}
      />
    </FieldFrame>
  );
}
