import "server-only";
import { createHash } from "node:crypto";
import { eq, inArray, lte } from "drizzle-orm";
import type { RecentTimesStore } from "@/lib/recent-times";
import type { Transaction } from "../client";
import { engineKind, forUpdate, writeTransaction } from "../connection";
import { recentTimes } from "../schema";

/** Stale rows deleted per change, at most: pruning keeps pace with any rate of new keys, in small steps. */
const pruneBatch = 100;

/**
 * The recent times of lib/recent-times.ts in the database, shared by every app server and
 * worker process on it. One `change` is one write transaction: each key's row is locked in
 * the order given (created empty first when missing), `change` decides from the lists, the
 * lists it changed are written, and up to `pruneBatch` rows with no recent time left are
 * deleted. On PostgreSQL the lock is `forUpdate` on the row, so a second server's change of
 * the same key waits for the first to commit, then reads what it wrote; on SQLite the single
 * writer already runs changes one at a time, across processes too (`BEGIN IMMEDIATE`).
 * Pruning skips rows another transaction has locked (PostgreSQL), so it never waits and
 * cannot deadlock with a change; the table holds only keys used within their window.
 */
export const databaseRecentTimes: RecentTimesStore = {
  change: (keys, { now, windowMs }, change) =>
    writeTransaction(async (tx) => {
      const rowKeys = keys.map(rowKeyOf);
      const lists: number[][] = [];
      for (const key of rowKeys) lists.push(await lockedTimes(tx, key));
      const next = change(lists.map((list) => [...list]));
      for (const [index, key] of rowKeys.entries()) {
        const times = next.lists[index] ?? [];
        if (sameTimes(times, lists[index]!)) continue;
        const expiresAt = times.length === 0 ? 0 : Math.max(...times) + windowMs;
        await tx.update(recentTimes).set({ times, expiresAt }).where(eq(recentTimes.key, key));
      }
      await pruneStale(tx, now);
      return next.result;
    }),
};

/** The row's times, its row locked until the transaction ends; an empty row is made first when there is none. */
async function lockedTimes(tx: Transaction, key: string): Promise<number[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await forUpdate(tx.select({ times: recentTimes.times }).from(recentTimes).where(eq(recentTimes.key, key)));
    if (row) return row.times;
    // Made by whichever transaction comes first; a second one waits here for it to commit.
    // If another transaction pruned the row meanwhile, the loop makes it again.
    await tx.insert(recentTimes).values({ key, times: [], expiresAt: 0 }).onConflictDoNothing();
  }
  throw new Error(`The recent times of one key could not be locked: its row kept disappearing.`);
}

async function pruneStale(tx: Transaction, now: number): Promise<void> {
  const stale = tx.select({ key: recentTimes.key }).from(recentTimes).where(lte(recentTimes.expiresAt, now)).limit(pruneBatch);
  const unlocked = engineKind() === "postgres" ? stale.for("update", { skipLocked: true }) : stale;
  await tx.delete(recentTimes).where(inArray(recentTimes.key, unlocked));
}

/** Keys are kept hashed: what someone typed as an email at sign-in is not stored as typed. */
function rowKeyOf(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function sameTimes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((time, index) => time === b[index]);
}
