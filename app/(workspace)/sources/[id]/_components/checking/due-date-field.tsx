"use client";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/app/_components/field";
import { formatCalendarDate } from "@/app/(workspace)/_components/format";

/**
 * The claim's due date inside the "Verdict and status" form, so it saves with the rest at one
 * version. Editors and admins edit it (YYYY-MM-DD; empty clears it); everyone else sees it and
 * sends it back unchanged. Overdue (past due, not approved) is said in words.
 */
export function DueDateField({
  dueAt,
  canSet,
  isOverdue,
  shown,
  error,
}: {
  dueAt: string | null;
  canSet: boolean;
  isOverdue: boolean;
  shown?: string;
  error?: string;
}) {
  const t = useTranslations("Checking.due");
  const locale = useLocale();
  const overdue = isOverdue ? (
    <p className="text-xs font-semibold text-red-700" data-testid="claim-overdue">
      {t("overdue", { date: formatCalendarDate(dueAt!, locale) })}
    </p>
  ) : null;
  if (canSet)
    return (
      <div>
        <Field label={t("label")} name="dueAt" hint={t("hint")} defaultValue={shown ?? dueAt ?? ""} error={error} />
        {overdue}
      </div>
    );
  return (
    <div className="text-sm" data-testid="claim-due-date">
      <input type="hidden" name="dueAt" value={dueAt ?? ""} />
      {dueAt ? <p>{t("due", { date: formatCalendarDate(dueAt, locale) })}</p> : null}
      {overdue}
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
