import { buttonClass } from "@/app/_components/button-class";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { claimStatuses, claimStatusLabels } from "@/lib/checking/claim-status";
import type { ClaimFilter } from "@/lib/checking/claim-filter";

const any = { value: "", label: "Any" };
const yesNo = [any, { value: "1", label: "Yes" }, { value: "0", label: "No" }];
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
  return (
    <form method="get" action={action} aria-label="Filter claims" className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-4">
      <SelectField
        label="Status"
        name="status"
        defaultValue={filter.status ?? ""}
        options={[any, ...claimStatuses.map((status) => ({ value: status, label: claimStatusLabels[status] }))]}
      />
      <SelectField label="Verdict" name="verdict" defaultValue={filter.verdict ?? ""} options={[any, { value: "none", label: "No verdict yet" }, ...scale]} />
      <SelectField
        label="Assignee"
        name="assignee"
        defaultValue={filter.assignee ?? ""}
        options={[any, { value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...people]}
      />
      <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} options={[any, ...sources]} />
      <SelectField label="Fact" name="fact" defaultValue={filter.fact ?? ""} options={[any, { value: "none", label: "Not linked to a fact" }, ...facts]} />
      <SelectField label="Has a conflict" name="conflict" defaultValue={flag(filter.conflict)} options={yesNo} />
      <SelectField label="Overdue" name="overdue" defaultValue={flag(filter.overdue)} options={yesNo} />
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary")}>
          Show claims
        </button>
      </div>
    </form>
  );
}
