import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "./client";
import { installEngine } from "./connection";
import { inProcessChannel, postgresChannel, sqliteWatchingChannel, userLiveKey } from "./live-channel";
import { events } from "./schema/sqlite";
import { installTestDatabase } from "./test-database";

const cleanUp: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

/** Resolves with how many times `investigationId` was announced within `ms`. */
function countAnnouncements(subscribe: (id: string, listener: () => void) => () => void, investigationId: string) {
  let count = 0;
  const unsubscribe = subscribe(investigationId, () => count++);
  cleanUp.push(unsubscribe);
  return { count: () => count };
}
const until = async (condition: () => boolean, ms = 5_000) => {
  for (const started = Date.now(); !condition() && Date.now() - started < ms;) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
};

describe("the live channel", () => {
  it("in one process: announces to the investigation's subscribers only", () => {
    const channel = inProcessChannel();
    const flights = countAnnouncements(channel.subscribe, "flights");
    const other = countAnnouncements(channel.subscribe, "other");
    channel.notify("flights");
    expect([flights.count(), other.count()]).toEqual([1, 0]);
  });

  it("several processes on one SQLite file: an event written by another connection reaches this process's subscribers", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "live-")), "test.db");
    const here = openSqlite(file);
    const elsewhere = openSqlite(file);
    cleanUp.push(
      () => here.close(),
      () => elsewhere.close(),
      () => installEngine(undefined),
    );
    await here.migrate();
    installEngine(here);
    const channel = sqliteWatchingChannel();
    const flights = countAnnouncements(channel.subscribe, "flights");
    await new Promise((resolve) => setTimeout(resolve, 400)); // the watcher notes where the table ends
    await elsewhere.transaction((tx) =>
      tx.insert(events).values({ action: "comment.created", subjectType: "comment", subjectId: "c", investigationId: "flights" } as never),
    );
    expect(await until(() => flights.count() > 0)).toBe(true);
  });

  it("several processes on one SQLite file: an event that may notify someone, written by another connection, tells every open bell; others do not", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "live-")), "test.db");
    const here = openSqlite(file);
    const elsewhere = openSqlite(file);
    cleanUp.push(
      () => here.close(),
      () => elsewhere.close(),
      () => installEngine(undefined),
    );
    await here.migrate();
    installEngine(here);
    const channel = sqliteWatchingChannel();
    const bell = countAnnouncements(channel.subscribe, userLiveKey("ana"));
    const flights = countAnnouncements(channel.subscribe, "flights");
    await new Promise((resolve) => setTimeout(resolve, 400)); // the watcher notes where the table ends
    const afterFirstLook = bell.count();
    await elsewhere.transaction((tx) =>
      tx.insert(events).values({ action: "claim.created", subjectType: "claim", subjectId: "c", investigationId: "flights" } as never),
    );
    expect(await until(() => flights.count() > 1)).toBe(true);
    expect(bell.count()).toBe(afterFirstLook);
    await elsewhere.transaction((tx) =>
      tx.insert(events).values({ action: "claim.assigned", subjectType: "claim", subjectId: "c", investigationId: "flights" } as never),
    );
    expect(await until(() => bell.count() > afterFirstLook)).toBe(true);
  });

  it.runIf(process.env.DATABASE_URL)("PostgreSQL: a person's key sent through one server's pool reaches their bell on another server only", async () => {
    const engine = await installTestDatabase();
    if (engine.kind !== "postgres") throw new Error("expected PostgreSQL");
    const url = engine.pool.options.connectionString!;
    const serverA = postgresChannel(url, engine.pool);
    const serverB = postgresChannel(url, engine.pool);
    cleanUp.push(
      () => serverA.close(),
      () => serverB.close(),
    );
    const anaOnB = countAnnouncements(serverB.subscribe, userLiveKey("ana"));
    const boOnB = countAnnouncements(serverB.subscribe, userLiveKey("bo"));
    countAnnouncements(serverA.subscribe, "flights");
    await new Promise((resolve) => setTimeout(resolve, 300)); // both LISTEN connections are open
    const [anaBefore, boBefore] = [anaOnB.count(), boOnB.count()];
    serverA.notify(userLiveKey("ana"));
    expect(await until(() => anaOnB.count() > anaBefore)).toBe(true);
    expect(boOnB.count()).toBe(boBefore);
  });

  it.runIf(process.env.DATABASE_URL)("PostgreSQL: a notification sent through one server's pool reaches another server's subscribers", async () => {
    const engine = await installTestDatabase();
    if (engine.kind !== "postgres") throw new Error("expected PostgreSQL");
    const url = engine.pool.options.connectionString!;
    const serverA = postgresChannel(url, engine.pool);
    const serverB = postgresChannel(url, engine.pool);
    cleanUp.push(
      () => serverA.close(),
      () => serverB.close(),
    );
    const onB = countAnnouncements(serverB.subscribe, "flights");
    const onA = countAnnouncements(serverA.subscribe, "flights");
    await new Promise((resolve) => setTimeout(resolve, 300)); // both LISTEN connections are open
    serverA.notify("flights");
    expect(await until(() => onB.count() > 0 && onA.count() > 0)).toBe(true);
  });
});
