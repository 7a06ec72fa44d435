import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../connection";
import { captureBlobs, captures, claims, evidence } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { createClaim } from "./claims";
import { addEvidence } from "./evidence";
import { getExportDocument } from "./export";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const archiveHash = "a".repeat(64);

/** A claim with two linked evidence items: one whose capture finished, one whose capture failed. */
async function world() {
  const editor = await createTestActor("editor");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Captures" } });
  const text = "The ministry said over 200 deportees arrived.";
  const source = await createSource({ actor: editor, investigationId, input: { title: "Statement", text } });
  const start = text.indexOf("over 200");
  const claim = await createClaim({ actor: editor, sourceId: source.id, sourceVersionId: source.currentVersionId, start, end: start + 8 });
  const captured = await addEvidence({ actor: editor, claimId: claim.id, fields: { url: "https://gov.example/list", stance: "supports" } });
  await new Promise((resolve) => setTimeout(resolve, 2)); // evidence is listed in the order added, to the millisecond
  const failed = await addEvidence({ actor: editor, claimId: claim.id, fields: { url: "https://gone.example/", stance: "refutes" } });
  await db()
    .insert(captureBlobs)
    .values({ sha256: archiveHash, contentType: "application/wacz+zip", size: 3, bytes: Buffer.from("zip") });
  const now = "2025-03-17T10:02:00.000Z";
  const [done] = await db()
    .insert(captures)
    .values({
      investigationId,
      url: "https://gov.example/list",
      status: "done",
      dueAt: now,
      capturedAt: now,
      archiveSha256: archiveHash,
      textSha256: "b".repeat(64),
      text: "238 people",
    })
    .returning();
  const [broken] = await db()
    .insert(captures)
    .values({ investigationId, url: "https://gone.example/", status: "failed", dueAt: now, error: "unreachable: The address could not be reached." })
    .returning();
  await db().update(evidence).set({ captureId: done!.id }).where(eq(evidence.id, captured.id));
  await db().update(evidence).set({ captureId: broken!.id }).where(eq(evidence.id, failed.id));
  return { editor, investigationId, claim, captureId: done!.id };
}

describe("the export of captured evidence", () => {
  it("gives a finished capture's time, archive hash and archive address in the API; nothing for a failed one", async () => {
    const { editor, investigationId, captureId } = await world();
    const doc = await getExportDocument({ actor: editor, scope: { investigationId }, workspaceUrl: "https://desk.example/" });
    const [linked, failed] = doc.claims[0]!.evidence;
    expect(linked!.capture).toEqual({
      capturedAt: "2025-03-17T10:02:00.000Z",
      sha256: archiveHash,
      archiveUrl: `https://desk.example/api/v1/captures/${captureId}/archive.wacz`,
    });
    expect(failed!.capture).toBeNull();
  });

  it("keeps the capture's time and hash in a public document, without the link into the workspace", async () => {
    const { investigationId, claim } = await world();
    // Approval itself (rationale, four eyes) is tested with the claim review; a public document reads approved claims only.
    await db().update(claims).set({ status: "approved" }).where(eq(claims.id, claim.id));
    const doc = await getExportDocument({ actor: null, audience: "public", scope: { investigationId }, workspaceUrl: "https://desk.example" });
    expect(doc.claims[0]!.evidence.map((item) => item.capture)).toEqual([
      { capturedAt: "2025-03-17T10:02:00.000Z", sha256: archiveHash, archiveUrl: null },
      null,
    ]);
  });
});
