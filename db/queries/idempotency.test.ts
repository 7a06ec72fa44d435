import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { Engine } from "../client";
import { onEngine } from "../connection";
import { createTestActor, installTestDatabase, openSecondServer } from "../test-database";
import { reserveIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "./idempotency";

let engine: Engine;

beforeEach(async () => {
  engine = await installTestDatabase();
});

/** Reserves one key 10 times at once, every other time through `other` when given; then completes it. */
async function raceForOneKey(actor: Actor, other?: Engine) {
  const reserve = () => reserveIdempotencyKey({ actor, key: "k", requestHash: "h" });
  const reservations = await Promise.all(Array.from({ length: 10 }, (_, i) => (other && i % 2 === 1 ? onEngine(other, reserve) : reserve())));
  await completeIdempotencyKey({ actor, key: "k", status: 201, body: "{}" });
  return { reservations: reservations.map((reservation) => reservation.kind).sort(), replay: await (other ? onEngine(other, reserve) : reserve()) };
}

const oneRun = { reservations: [...Array(9).fill("in-progress"), "new"], replay: { kind: "replay", status: 201, body: "{}" } };

describe("idempotency keys", () => {
  it("run a request once, replay its answer, and refuse the key for another request", async () => {
    const actor = await createTestActor("reviewer");
    expect(await reserveIdempotencyKey({ actor, key: "k1", requestHash: "h1" })).toEqual({ kind: "new" });
    expect(await reserveIdempotencyKey({ actor, key: "k1", requestHash: "h1" })).toEqual({ kind: "in-progress" });
    await completeIdempotencyKey({ actor, key: "k1", status: 201, body: '{"id":"c1"}' });
    expect(await reserveIdempotencyKey({ actor, key: "k1", requestHash: "h1" })).toEqual({ kind: "replay", status: 201, body: '{"id":"c1"}' });
    expect(await reserveIdempotencyKey({ actor, key: "k1", requestHash: "other" })).toEqual({ kind: "reused" });
  });

  it("are per account, and a failed request frees its key for a corrected retry", async () => {
    const first = await createTestActor("reviewer");
    const second = await createTestActor("reviewer");
    expect(await reserveIdempotencyKey({ actor: first, key: "k", requestHash: "h" })).toEqual({ kind: "new" });
    expect(await reserveIdempotencyKey({ actor: second, key: "k", requestHash: "h" })).toEqual({ kind: "new" });
    await releaseIdempotencyKey({ actor: first, key: "k" });
    expect(await reserveIdempotencyKey({ actor: first, key: "k", requestHash: "corrected" })).toEqual({ kind: "new" });
  });

  it("let one of concurrent requests with one key run; the others see it in progress, then get its answer", async () => {
    expect(await raceForOneKey(await createTestActor("reviewer"))).toEqual(oneRun);
  });
});

/** Two app servers: two engines, each with its own pool, on one PostgreSQL database (see recent-times.test.ts). */
describe.runIf(process.env.DATABASE_URL)("idempotency keys on two servers", () => {
  it("let one request of a key run on either server; the others see it in progress, then get its answer", async () => {
    const other = openSecondServer(engine);
    expect(await raceForOneKey(await createTestActor("reviewer"), other)).toEqual(oneRun);
  });
});
