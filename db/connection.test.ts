import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { afterCommit, db, forUpdate, writeTransaction } from "./connection";
import { settings } from "./schema";
import { installTestDatabase } from "./test-database";

beforeEach(async () => {
  await installTestDatabase();
});

const row = (key: string, value = "v") => ({ key, value, updatedAt: "2026-01-01T00:00:00.000Z" });
const keys = async () => (await db().select({ key: settings.key }).from(settings).orderBy(settings.key)).map(({ key }) => key);

describe("writeTransaction, on either engine", () => {
  it("writes all or nothing, even when the work fails after an await", async () => {
    await expect(
      writeTransaction(async (tx) => {
        await tx.insert(settings).values(row("a"));
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.insert(settings).values(row("b"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await keys()).toEqual([]);
    await writeTransaction(async (tx) => {
      await tx.insert(settings).values(row("a"));
      await tx.insert(settings).values(row("b"));
    });
    expect(await keys()).toEqual(["a", "b"]);
  });

  it("makes a nested call a savepoint: its failure undoes only its own writes", async () => {
    await writeTransaction(async (tx) => {
      await tx.insert(settings).values(row("outer"));
      await expect(
        writeTransaction(async (inner) => {
          await inner.insert(settings).values(row("inner"));
          throw new Error("inner refused");
        }),
      ).rejects.toThrow("inner refused");
    });
    expect(await keys()).toEqual(["outer"]);
  });

  it("gives helpers called inside the transaction its connection, so they read what it wrote", async () => {
    const seen = await writeTransaction(async (tx) => {
      await tx.insert(settings).values(row("mine"));
      return keys();
    });
    expect(seen).toEqual(["mine"]);
  });

  it("keeps read-modify-write exact under concurrency: 20 increments of one row give 20", async () => {
    await writeTransaction((tx) => tx.insert(settings).values(row("counter", "0")));
    await Promise.all(
      Array.from({ length: 20 }, () =>
        writeTransaction(async (tx) => {
          const [current] = await forUpdate(tx.select().from(settings).where(eq(settings.key, "counter")));
          await tx
            .update(settings)
            .set({ value: String(Number(current!.value) + 1) })
            .where(eq(settings.key, "counter"));
        }),
      ),
    );
    const [counter] = await db().select().from(settings).where(eq(settings.key, "counter"));
    expect(counter!.value).toBe("20");
  });
});

describe("afterCommit", () => {
  it("runs after the transaction commits, in order, and never when it rolls back", async () => {
    const ran: string[] = [];
    await writeTransaction(async () => {
      afterCommit(() => ran.push("first"));
      afterCommit(() => ran.push("second"));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["first", "second"]);
    await expect(
      writeTransaction(async () => {
        afterCommit(() => ran.push("rolled back"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(ran).toEqual(["first", "second"]);
  });

  it("waits for the outermost transaction, drops a rolled-back savepoint's work, and runs at once outside any", async () => {
    const ran: string[] = [];
    await writeTransaction(async () => {
      await writeTransaction(async () => afterCommit(() => ran.push("inner")));
      await writeTransaction(async () => {
        afterCommit(() => ran.push("undone"));
        throw new Error("inner refused");
      }).catch(() => undefined);
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["inner"]);
    afterCommit(() => ran.push("now"));
    expect(ran).toEqual(["inner", "now"]);
  });
});
