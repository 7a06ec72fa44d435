import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-class";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { claimStatuses } from "@/lib/checking/claim-status";
import type { ClaimFilter } from "@/lib/checking/claim-filter";

const flag = (value: boolean | undefined) => (value === undefined ? "" : value ? "1" : "0");

/**
 * The claim list's filters as a plain GET form: submitting it puts them in the address (the
 * list's state lives there, nowhere else). Works without JavaScript.
 */
export function ClaimFilterForm({
  action,
  filter,
  scale,
  sources,
  facts,
  people,
}: {
  action: string;
  filter: ClaimFilter;
  scale: SelectOption[];
  sources: SelectOption[];
  facts: SelectOption[];
  people: SelectOption[];
}) {
  const t = useTranslations("Investigations.claims.filter");
  const statuses = useTranslations("Investigations.claimStatus");
  const any = { value: "", label: t("any") };
  const yesNo = [any, { value: "1", label: t("yes") }, { value: "0", label: t("no") }];
  return (
    <form method="get" action={action} aria-label={t("formLabel")} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-4">
      <SelectField
        label={t("status")}
        name="status"
        defaultValue={filter.status ?? ""}
        options={[any, ...claimStatuses.map((status) => ({ value: status, label: statuses(status) }))]}
      />
      <SelectField
        label={t("verdict")}
        name="verdict"
        defaultValue={filter.verdict ?? ""}
        options={[any, { value: "none", label: t("noVerdict") }, ...scale]}
      />
      <SelectField
        label={t("assignee")}
        name="assignee"
        defaultValue={filter.assignee ?? ""}
        options={[any, { value: "me", label: t("me") }, { value: "none", label: t("nobody") }, ...people]}
      />
      <SelectField label={t("source")} name="source" defaultValue={filter.source ?? ""} options={[any, ...sources]} />
      <SelectField label={t("fact")} name="fact" defaultValue={filter.fact ?? ""} options={[any, { value: "none", label: t("notLinked") }, ...facts]} />
      <SelectField label={t("conflict")} name="conflict" defaultValue={flag(filter.conflict)} options={yesNo} />
      <SelectField label={t("overdue")} name="overdue" defaultValue={flag(filter.overdue)} options={yesNo} />
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
