import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { reserveIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "./idempotency";

beforeEach(async () => {
  await installTestDatabase();
});

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
});
