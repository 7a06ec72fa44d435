import { describe, expect, it } from "vitest";
import { afterCommit, writeTransaction } from "./client";
import { installTestDatabase } from "./test-database";

describe("afterCommit", () => {
  it("runs after the transaction commits, in order, and never when it rolls back", () => {
    const database = installTestDatabase();
    const ran: string[] = [];
    writeTransaction(database, () => {
      afterCommit(() => ran.push("first"));
      afterCommit(() => ran.push("second"));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["first", "second"]);

    expect(() =>
      writeTransaction(database, () => {
        afterCommit(() => ran.push("rolled back"));
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(ran).toEqual(["first", "second"]);
  });

  it("waits for the outermost transaction, and runs at once outside any", () => {
    const database = installTestDatabase();
    const ran: string[] = [];
    writeTransaction(database, () => {
      writeTransaction(database, () => afterCommit(() => ran.push("inner")));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["inner"]);
    afterCommit(() => ran.push("now"));
    expect(ran).toEqual(["inner", "now"]);
  });
});
