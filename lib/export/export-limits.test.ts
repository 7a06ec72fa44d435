import { describe, expect, it } from "vitest";
import { ExportLimiter } from "./export-limits";

describe("ExportLimiter", () => {
  it("allows so many exports per account per window, then says how long to wait", () => {
    let now = 0;
    const limiter = new ExportLimiter({ perAccount: 3, windowMs: 60_000, concurrentPdfs: 1, maxKeys: 100 }, () => now);
    expect([1, 2, 3].map(() => limiter.start("ana").allowed)).toEqual([true, true, true]);
    expect(limiter.start("ana")).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.start("ben").allowed).toBe(true); // per account
    now = 45_000;
    expect(limiter.start("ana")).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now = 60_000;
    expect(limiter.start("ana").allowed).toBe(true);
  });

  it("prints at most so many PDFs at once, and a slot is released once", () => {
    const limiter = new ExportLimiter({ perAccount: 10, windowMs: 60_000, concurrentPdfs: 2, maxKeys: 100 });
    const first = limiter.takePdfSlot();
    const second = limiter.takePdfSlot();
    expect(first && second).toBeTruthy();
    expect(limiter.takePdfSlot()).toBeNull();
    first!();
    first!();
    expect(limiter.takePdfSlot()).not.toBeNull();
    expect(limiter.takePdfSlot()).toBeNull();
  });

  it("forgets the oldest accounts past its memory bound", () => {
    const limiter = new ExportLimiter({ perAccount: 1, windowMs: 60_000, concurrentPdfs: 1, maxKeys: 2 }, () => 0);
    limiter.start("a");
    limiter.start("b");
    limiter.start("c");
    expect(limiter.start("a").allowed).toBe(true); // forgotten, so allowed again
    expect(limiter.start("c").allowed).toBe(false);
  });
});
