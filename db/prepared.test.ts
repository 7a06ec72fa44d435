import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "./client";
import { eq, sql } from "drizzle-orm";
import { installEngine, writeTransaction } from "./connection";
import { settings } from "./schema";
import { preparedOnce } from "./prepared";
import { createClaim, listClaimsBySource } from "./queries/claims";
import { updateClaimReview } from "./queries/claim-review";
import { listEventsBySubject } from "./queries/events";
import { createInvestigation } from "./queries/investigations";
import { createSource } from "./queries/sources";
import { createTestActor, installTestDatabase } from "./test-database";

afterEach(() => installEngine(undefined));

async function sourceWithText(text: string) {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Prepared statements" } });
  return { editor, source: await createSource({ actor: editor, investigationId, input: { title: "Wire", text } }) };
}

describe("statements prepared once per connection", () => {
  it("builds once per installed database and again for another one", async () => {
    // Two engines of its own: on PostgreSQL, installTestDatabase reuses one database per test file.
    const first = openSqlite(":memory:");
    const second = openSqlite(":memory:");
    try {
      let builds = 0;
      const statement = preparedOnce(() => ({ build: ++builds }));
      await first.migrate();
      installEngine(first);
      expect(statement()).toBe(statement());
      await second.migrate();
      installEngine(second);
      expect(statement().build).toBe(2);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("gives every prepared insert its own id and time (nothing computed when the statement was built)", async () => {
    await installTestDatabase();
    const { editor, source } = await sourceWithText("Over 200 deportees landed. Roughly 250 Venezuelans were named.");
    const first = await createClaim({ actor: editor, sourceId: source.id, start: 0, end: 18 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await createClaim({ actor: editor, sourceId: source.id, start: 27, end: 50 });
    expect(first.id).not.toBe(second.id);
    expect(second.createdAt > first.createdAt).toBe(true);
    expect((await listClaimsBySource({ actor: editor, sourceId: source.id })).map((claim) => claim.selectors.quote.exact)).toEqual([
      "Over 200 deportees",
      "Roughly 250 Venezuelans",
    ]);
  });

  it("stores event data as JSON and reads it back as the object written", async () => {
    await installTestDatabase();
    const { editor, source } = await sourceWithText("Officials counted 261 people on the flights.");
    const claim = await createClaim({ actor: editor, sourceId: source.id, start: 18, end: 28 });
    await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { rationale: "Two manifests agree." } });
    const [changed, created] = await listEventsBySubject({ subjectType: "claim", subjectId: claim.id });
    expect(created).toMatchObject({ action: "claim.created", data: { exact: "261 people", start: 18, end: 28 } });
    expect(changed).toMatchObject({ action: "claim.rationale-changed", data: { rationale: ["", "Two manifests agree."] } });
  });

  it("is part of the caller's transaction: a refused update writes nothing", async () => {
    await installTestDatabase();
    const { editor, source } = await sourceWithText("Officials counted 261 people on the flights.");
    const claim = await createClaim({ actor: editor, sourceId: source.id, start: 18, end: 28 });
    await expect(
      updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { rationale: "Checked.", verdictKey: "not-on-the-scale" } }),
    ).rejects.toThrowError(/scale/);
    expect((await listEventsBySubject({ subjectType: "claim", subjectId: claim.id })).map((event) => event.action)).toEqual(["claim.created"]);
    const updated = await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { rationale: "Checked." } });
    expect(updated).toMatchObject({ version: claim.version + 1, rationale: "Checked." });
    await expect(updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { rationale: "Stale." } })).rejects.toThrowError(
      /Someone else changed/,
    );
  });

  it("runs inside the open transaction: it reads the transaction's own writes, and its writes roll back with it", async () => {
    await installTestDatabase();
    const insertSetting = preparedOnce((database) =>
      database
        .insert(settings)
        .values({ key: sql.placeholder("key"), value: "v", updatedAt: "2026-12-07T00:00:00.000Z" })
        .prepare("test_insert_setting"),
    );
    const readSetting = preparedOnce((database) =>
      database
        .select({ key: settings.key })
        .from(settings)
        .where(eq(settings.key, sql.placeholder("key")))
        .prepare("test_read_setting"),
    );
    await readSetting().execute({ key: "warm" }); // built outside any transaction first, as in the server
    const seenInside = await writeTransaction(async () => {
      await insertSetting().execute({ key: "kept" });
      return readSetting().execute({ key: "kept" });
    });
    expect(seenInside).toEqual([{ key: "kept" }]);
    await expect(
      writeTransaction(async () => {
        await insertSetting().execute({ key: "rolled-back" });
        expect(await readSetting().execute({ key: "rolled-back" })).toEqual([{ key: "rolled-back" }]);
        throw new Error("refused");
      }),
    ).rejects.toThrowError("refused");
    expect(await readSetting().execute({ key: "rolled-back" })).toEqual([]);
    expect(await readSetting().execute({ key: "kept" })).toEqual([{ key: "kept" }]);
  });
});
