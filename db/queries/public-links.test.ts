import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db, writeTransaction } from "../connection";
import { publicLinks } from "../schema";
import { claimOnNewSource, createTestActor, installTestDatabase } from "../test-database";
import { createInvestigation } from "./investigations";
import { createPublicLink, getActivePublicLink, getPublicReportByToken, revokePublicLink } from "./public-links";

beforeEach(async () => {
  await installTestDatabase();
});

async function investigation() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const { id } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  await claimOnNewSource({ actor: editor, investigationId: id, text: "Over 200 deportees landed.", phrase: "Over 200" });
  return { editor, reviewer, id };
}

describe("public links", () => {
  it("show the public report to anyone holding the token, until revoked", async () => {
    const { editor, id } = await investigation();
    const { token, expiresAt } = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 7 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const report = await getPublicReportByToken({ token });
    expect(report.doc).toMatchObject({ audience: "public", investigation: { id, title: "Flights" }, claims: [] }); // nothing approved yet
    expect(report.indexable).toBe(false); // served noindex unless the editor says otherwise
    expect(await getActivePublicLink({ actor: editor, investigationId: id })).toMatchObject({ token, expiresAt, indexable: false });
    expect(await revokePublicLink({ actor: editor, investigationId: id })).toBe(true);
    await expect(getPublicReportByToken({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getActivePublicLink({ actor: editor, investigationId: id })).toBeNull();
    expect(await revokePublicLink({ actor: editor, investigationId: id })).toBe(false);
  });

  it("keep one link per investigation: a new one revokes the old", async () => {
    const { editor, id } = await investigation();
    const first = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 30 });
    const second = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 30 });
    expect(second.token).not.toBe(first.token);
    await expect(getPublicReportByToken({ token: first.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getPublicReportByToken({ token: second.token })).doc.investigation.id).toBe(id);
  });

  it("answer NOT_FOUND once expired, and for any token that is not one", async () => {
    const { editor, id } = await investigation();
    const { token } = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 1 });
    await writeTransaction(async (tx) => {
      await tx
        .update(publicLinks)
        .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
        .where(eq(publicLinks.token, token));
    });
    await expect(getPublicReportByToken({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const junk of ["", "x", `${token}x`, token.slice(1), "a".repeat(43).replace(/a$/, "/")])
      await expect(getPublicReportByToken({ token: junk })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().select().from(publicLinks)).toHaveLength(1);
  });

  it("are made, seen and revoked by editors only", async () => {
    const { editor, reviewer, id } = await investigation();
    await expect(createPublicLink({ actor: reviewer, investigationId: id, expiresInDays: 30 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 30 });
    await expect(getActivePublicLink({ actor: reviewer, investigationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokePublicLink({ actor: reviewer, investigationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createPublicLink({ actor: editor, investigationId: "nope", expiresInDays: 30 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("may let search engines index the page when the editor says so", async () => {
    const { editor, id } = await investigation();
    const { token, indexable } = await createPublicLink({ actor: editor, investigationId: id, expiresInDays: 7, indexable: true });
    expect(indexable).toBe(true);
    expect((await getPublicReportByToken({ token })).indexable).toBe(true);
    expect(await getActivePublicLink({ actor: editor, investigationId: id })).toMatchObject({ indexable: true });
  });
});
