import type { ClaimStatus } from "./claim-status";

/**
 * Due dates: a calendar day (YYYY-MM-DD) an editor wants a claim's check done by. A claim is
 * overdue from the day after its due date until it is approved. Days are UTC days, the same
 * on every server and in every list.
 */
export const dueDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  if (!dueDatePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Today's UTC day, YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Past its due day and not approved. `today` is a YYYY-MM-DD day (todayUtc). */
export function isOverdue(claim: { dueAt: string | null; status: ClaimStatus }, today: string): boolean {
  return claim.dueAt !== null && claim.status !== "approved" && claim.dueAt < today;
}
