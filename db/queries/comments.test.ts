import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { listClaimHistory } from "./claim-detail";
import { createClaim } from "./claims";
import { addComment, removeComment, getCommentById, listCommentsByClaim, updateComment } from "./comments";
import { createInvestigation } from "./investigations";
import { createSource } from "./sources";

async function setUp() {
  const editor = await createTestActor("editor");
  const reviewer = await createTestActor("reviewer");
  const otherReviewer = await createTestActor("reviewer");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text: "Officials counted over 200 deportees." } });
  const claim = await createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  const comment = await addComment({ actor: reviewer, claimId: claim.id, body: "Checked the list." });
  return { editor, reviewer, otherReviewer, claim, comment };
}

beforeEach(async () => {
  await installTestDatabase();
});

describe("changing a comment", () => {
  it("lets its author edit it, moves its version on, and records old → new in the claim's history", async () => {
    const { editor, reviewer, claim, comment } = await setUp();
    const edited = await updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Checked the list: 238 names." });
    expect(edited).toMatchObject({ id: comment.id, body: "Checked the list: 238 names.", version: 2, createdBy: reviewer.id });
    expect(await getCommentById({ actor: editor, id: comment.id })).toMatchObject({ body: "Checked the list: 238 names.", version: 2 });
    const [latest] = await listClaimHistory({ actor: editor, claimId: claim.id });
    expect(latest).toMatchObject({
      action: "comment.updated",
      actorName: reviewer.name,
      data: { commentId: comment.id, body: ["Checked the list.", "Checked the list: 238 names."] },
    });
  });

  it("lets an editor edit and delete anyone's comment, and refuses another reviewer", async () => {
    const { editor, otherReviewer, claim, comment } = await setUp();
    await expect(updateComment({ actor: otherReviewer, id: comment.id, version: 1, body: "Mine now." })).rejects.toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    await expect(removeComment({ actor: otherReviewer, id: comment.id, version: 1 })).rejects.toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
    expect((await updateComment({ actor: editor, id: comment.id, version: 1, body: "Tidied by the desk." })).version).toBe(2);
    await removeComment({ actor: editor, id: comment.id, version: 2 });
    expect(await listCommentsByClaim({ claimId: claim.id })).toEqual([]);
    await expect(getCommentById({ actor: editor, id: comment.id })).rejects.toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("refuses an edit or a delete from a stale version and returns the current text", async () => {
    const { editor, reviewer, comment } = await setUp();
    await updateComment({ actor: editor, id: comment.id, version: 1, body: "The editor's wording." });
    const stale = expect.objectContaining({ code: "CONFLICT", fields: { version: "2", body: "The editor's wording." } });
    await expect(updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Mine." })).rejects.toThrowError(stale);
    await expect(removeComment({ actor: reviewer, id: comment.id, version: 1 })).rejects.toThrowError(stale);
    expect(await getCommentById({ actor: reviewer, id: comment.id })).toMatchObject({ body: "The editor's wording.", version: 2 });
  });

  it("saves one of two edits made at once from the same version, and refuses the other with the saved text", async () => {
    const { editor, reviewer, claim, comment } = await setUp();
    const results = await Promise.allSettled([
      updateComment({ actor: editor, id: comment.id, version: 1, body: "The editor's wording." }),
      updateComment({ actor: reviewer, id: comment.id, version: 1, body: "The author's wording." }),
    ]);
    const saved = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ version: 2 });
    expect(refused).toEqual([expect.objectContaining({ code: "CONFLICT", fields: { version: "2", body: saved[0]!.body } })]);
    const history = await listClaimHistory({ actor: editor, claimId: claim.id });
    expect(history.filter((event) => event.action === "comment.updated")).toHaveLength(1);
  });

  it("records nothing when the text is unchanged", async () => {
    const { reviewer, claim, comment } = await setUp();
    await updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Checked the list." });
    expect((await listClaimHistory({ actor: reviewer, claimId: claim.id })).map((event) => event.action)).toEqual(["comment.added", "claim.created"]);
  });
});
