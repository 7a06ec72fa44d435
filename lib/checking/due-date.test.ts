import { describe, expect, it } from "vitest";
import { isCalendarDay, isOverdue, todayUtc } from "./due-date";

describe("due dates", () => {
  it("accepts only real calendar days written YYYY-MM-DD", () => {
    expect(isCalendarDay("2026-12-07")).toBe(true);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2025-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("7/12/2026")).toBe(false);
    expect(isCalendarDay("2026-12-07T00:00:00Z")).toBe(false);
  });

  it("is overdue from the day after the due day until approved", () => {
    const today = "2026-12-07";
    expect(isOverdue({ dueAt: "2026-12-06", status: "open" }, today)).toBe(true);
    expect(isOverdue({ dueAt: "2026-12-06", status: "in-review" }, today)).toBe(true);
    expect(isOverdue({ dueAt: "2026-12-07", status: "open" }, today)).toBe(false);
    expect(isOverdue({ dueAt: "2026-12-06", status: "approved" }, today)).toBe(false);
    expect(isOverdue({ dueAt: null, status: "open" }, today)).toBe(false);
  });

  it("takes today as the UTC day", () => {
    expect(todayUtc(new Date("2026-12-07T23:30:00-05:00"))).toBe("2026-12-08");
  });
});
