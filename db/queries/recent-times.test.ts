import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { ExportLimiter } from "@/lib/export/export-limits";
import { SignInThrottle } from "@/lib/sign-in-throttle";
import type { Engine } from "../client";
import { db, onEngine } from "../connection";
import { recentTimes } from "../schema";
import { installTestDatabase, openSecondServer } from "../test-database";
import { databaseRecentTimes } from "./recent-times";

let engine: Engine;

beforeEach(async () => {
  engine = await installTestDatabase();
});

async function rowCount() {
  const [row] = await db().select({ n: count() }).from(recentTimes);
  return row?.n ?? 0;
}

/** Appends `now` to each key's list and returns the lists it saw. */
function append(keys: string[], now: number, windowMs = 60_000) {
  return databaseRecentTimes.change(keys, { now, windowMs }, (lists) => ({ lists: lists.map((list) => [...list, now]), result: lists }));
}

describe("recent times in the database", () => {
  it("keeps each key's list for the next change, and keys only as hashes", async () => {
    expect(await append(["sign-in-account:ana@example.test", "export:a"], 1_000)).toEqual([[], []]);
    expect(await append(["sign-in-account:ana@example.test"], 2_000)).toEqual([[1_000]]);
    expect(await append(["export:a", "export:b"], 3_000)).toEqual([[1_000], []]);
    const rows = await db().select().from(recentTimes);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((row) => row.expiresAt).sort()).toEqual([62_000, 63_000, 63_000]);
  });

  it("writes nothing for a key whose list did not change, and deletes emptied and expired rows", async () => {
    await append(["kept", "emptied"], 1_000);
    await databaseRecentTimes.change(["kept", "emptied", "untouched"], { now: 2_000, windowMs: 60_000 }, ([kept = []]) => ({
      lists: [kept, []],
      result: null,
    }));
    expect(await append(["kept"], 3_000)).toEqual([[1_000]]);
    expect(await rowCount()).toBe(1); // "emptied" and the empty row made for "untouched" are gone
    await append(["other"], 63_000); // "kept"'s latest time, 3 000, has left the window: its row is deleted
    expect(await rowCount()).toBe(1);
  });

  it("prunes at most 100 stale rows per change, so the table holds only keys used within their window", async () => {
    for (let i = 0; i < 150; i++) await append([`spray-${i}`], i, 1_000);
    expect(await rowCount()).toBe(150);
    await append(["late"], 10_000, 1_000);
    expect(await rowCount()).toBe(51);
    await append(["late"], 10_001, 1_000);
    expect(await rowCount()).toBe(1);
  });

  it("decides parallel changes of one key one after another: 20 export starts at once with room for 5 give 5", async () => {
    const limiter = new ExportLimiter(databaseRecentTimes, { perAccount: 5, windowMs: 60_000, concurrentPdfs: 1 }, () => 1_000_000);
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.start("ana")));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(decisions.filter((decision) => !decision.allowed)).toEqual(Array(15).fill({ allowed: false, retryAfterSeconds: 60 }));
  });

  it("keeps an account's export starts for the whole window, then allows again", async () => {
    let now = 0;
    const limiter = new ExportLimiter(databaseRecentTimes, { perAccount: 3, windowMs: 60_000, concurrentPdfs: 1 }, () => now);
    expect(await Promise.all([1, 2, 3].map(() => limiter.start("ana")))).toEqual(Array(3).fill({ allowed: true }));
    expect(await limiter.start("ana")).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await limiter.start("ben")).toEqual({ allowed: true }); // per account
    now = 45_000;
    expect(await limiter.start("ana")).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now = 60_000;
    expect(await limiter.start("ana")).toEqual({ allowed: true });
  });

  it("throttles an address by its key: any address of one IPv6 /64 counts for all of them", async () => {
    const throttle = new SignInThrottle(databaseRecentTimes);
    for (let i = 0; i < 10; i++) expect(await throttle.attempt(`guess-${i}@x.example`, `2001:db8:1:2::${i + 1}`, i)).toEqual({ allowed: true });
    expect(await throttle.attempt("ana@x.example", "2001:db8:1:2:ffff::1", 10)).toMatchObject({ allowed: false, scope: "address" });
    expect(await throttle.attempt("ana@x.example", "2001:db8:1:3::1", 10)).toEqual({ allowed: true });
  });
});

/**
 * Two app servers: two engines, each with its own pool, on one PostgreSQL database. (On
 * SQLite the servers are processes on one file, serialised by the file's write lock taken at
 * `BEGIN IMMEDIATE`, which db/engines/sqlite.test.ts proves; two engines in one process
 * cannot play them, since one would block the thread the other needs to finish.)
 * Idempotency-Key reservations race the same way in idempotency.test.ts.
 */
describe.runIf(process.env.DATABASE_URL)("two servers on one PostgreSQL database", () => {
  function secondServer(): Engine {
    const other = openSecondServer(engine);
    return other;
  }

  it("count guesses together: of 20 sent in parallel to two servers, 5 are checked and 15 throttled", async () => {
    const other = secondServer();
    const throttle = new SignInThrottle(databaseRecentTimes);
    const guess = (i: number) => throttle.attempt("ana@example.test", `203.0.113.${i}`, 1_000_000);
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? guess(i) : onEngine(other, () => guess(i)))));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(decisions.filter((decision) => !decision.allowed)).toEqual(Array(15).fill({ allowed: false, scope: "account", retryAfterSeconds: 2 }));
  });

  it("count export starts together", async () => {
    const other = secondServer();
    const limiter = new ExportLimiter(databaseRecentTimes, { perAccount: 5, windowMs: 60_000, concurrentPdfs: 1 }, () => 1_000_000);
    const decisions = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? limiter.start("ana") : onEngine(other, () => limiter.start("ana")))),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});
