import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ClaimListRow } from "@/db/queries/claim-list";
import { UserText } from "@/app/_components/user-text";
import { claimHref } from "./claim-href";
import { formatCalendarDate } from "./format";

const statusTone = { open: "bg-stone-200 text-stone-800", "in-review": "bg-sky-100 text-sky-900", approved: "bg-emerald-100 text-emerald-900" } as const;

/**
 * Claims as a list a person works through: the claim's words (opening it in the reader), its
 * investigation and source, status, verdict, assignee and due day, overdue marked in words.
 */
export function ClaimRows({ label, claims }: { label: string; claims: readonly ClaimListRow[] }) {
  const t = useTranslations("MyWork");
  const statuses = useTranslations("Investigations.claimStatus");
  const locale = useLocale();
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
      {claims.map((claim) => (
        <li key={claim.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0 flex-1">
            <Link href={claimHref(claim)} className="font-serif text-stone-900 underline decoration-stone-300 hover:decoration-accent-700">
              “<UserText>{claim.exact}</UserText>”
            </Link>
            <p className="mt-0.5 text-xs text-stone-500">
              <UserText>{claim.investigation.title}</UserText> · <UserText>{claim.source.title}</UserText>
              {claim.assignee ? <> · {t.rich("assignedTo", { name: () => <UserText>{claim.assignee!.name}</UserText> })}</> : null}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className={`rounded-full px-2 py-0.5 font-medium ${statusTone[claim.status]}`}>{statuses(claim.status)}</span>
            {claim.verdict ? <span className="rounded-full bg-stone-100 px-2 py-0.5">{claim.verdict.label}</span> : null}
            {claim.dueAt ? (
              <span data-testid="due-date" className={claim.isOverdue ? "font-semibold text-red-700" : "text-stone-600"}>
                {t(claim.isOverdue ? "overdueWasDue" : "due", { date: formatCalendarDate(claim.dueAt, locale) })}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
