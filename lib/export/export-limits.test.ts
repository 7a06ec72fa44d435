import { describe, expect, it } from "vitest";
import { withTime } from "../recent-times";
import { checkExportStart, exportLimits, PdfSlots } from "./export-limits";

const limits = { perAccount: 3, windowMs: 60_000, concurrentPdfs: 1 };

describe("export starts per account", () => {
  it("allows so many per window, then says how long until the oldest leaves it", () => {
    let starts: number[] = [];
    const decisions = [0, 1, 2, 3].map(() => {
      const decision = checkExportStart(starts, 0, limits);
      if (decision.allowed) starts = withTime(starts, 0, limits.windowMs, limits.perAccount);
      return decision;
    });
    expect(decisions).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }, { allowed: false, retryAfterSeconds: 60 }]);
    expect(checkExportStart(starts, 45_000, limits)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(checkExportStart(starts, 59_999, limits)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(checkExportStart(starts, 60_000, limits)).toEqual({ allowed: true });
  });

  it("allows 30 a minute by default", () => {
    const starts = Array.from({ length: 30 }, (_, i) => i * 1_000);
    expect(checkExportStart(starts.slice(1), 30_000)).toEqual({ allowed: true });
    expect(checkExportStart(starts, 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(exportLimits.perAccount).toBe(30);
  });
});

describe("PDF slots", () => {
  it("prints at most so many PDFs at once in this process, and a slot is released once", () => {
    const slots = new PdfSlots(2);
    const first = slots.take();
    const second = slots.take();
    expect(first && second).toBeTruthy();
    expect(slots.take()).toBeNull();
    first!();
    first!();
    expect(slots.take()).not.toBeNull();
    expect(slots.take()).toBeNull();
  });
});
