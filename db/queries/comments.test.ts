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
  const { id: investigationId } = createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = createSource({ actor: editor, investigationId, input: { title: "Wire", text: "Officials counted over 200 deportees." } });
  const claim = createClaim({ actor: reviewer, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  const comment = addComment({ actor: reviewer, claimId: claim.id, body: "Checked the list." });
  return { editor, reviewer, otherReviewer, claim, comment };
}

beforeEach(() => {
  installTestDatabase();
});

describe("changing a comment", () => {
  it("lets its author edit it, moves its version on, and records old → new in the claim's history", async () => {
    const { editor, reviewer, claim, comment } = await setUp();
    const edited = updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Checked the list: 238 names." });
    expect(edited).toMatchObject({ id: comment.id, body: "Checked the list: 238 names.", version: 2, createdBy: reviewer.id });
    expect(getCommentById({ actor: editor, id: comment.id })).toMatchObject({ body: "Checked the list: 238 names.", version: 2 });
    const [latest] = listClaimHistory({ actor: editor, claimId: claim.id });
    expect(latest).toMatchObject({
      action: "comment.updated",
      actorName: reviewer.name,
      data: { commentId: comment.id, body: ["Checked the list.", "Checked the list: 238 names."] },
    });
  });

  it("lets an editor edit and delete anyone's comment, and refuses another reviewer", async () => {
    const { editor, otherReviewer, claim, comment } = await setUp();
    expect(() => updateComment({ actor: otherReviewer, id: comment.id, version: 1, body: "Mine now." })).toThrowError(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => removeComment({ actor: otherReviewer, id: comment.id, version: 1 })).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(updateComment({ actor: editor, id: comment.id, version: 1, body: "Tidied by the desk." }).version).toBe(2);
    removeComment({ actor: editor, id: comment.id, version: 2 });
    expect(listCommentsByClaim({ claimId: claim.id })).toEqual([]);
    expect(() => getCommentById({ actor: editor, id: comment.id })).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
  });

  it("refuses an edit or a delete from a stale version and returns the current text", async () => {
    const { editor, reviewer, comment } = await setUp();
    updateComment({ actor: editor, id: comment.id, version: 1, body: "The editor's wording." });
    const stale = expect.objectContaining({ code: "CONFLICT", fields: { version: "2", body: "The editor's wording." } });
    expect(() => updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Mine." })).toThrowError(stale);
    expect(() => removeComment({ actor: reviewer, id: comment.id, version: 1 })).toThrowError(stale);
    expect(getCommentById({ actor: reviewer, id: comment.id })).toMatchObject({ body: "The editor's wording.", version: 2 });
  });

  it("records nothing when the text is unchanged", async () => {
    const { reviewer, claim, comment } = await setUp();
    updateComment({ actor: reviewer, id: comment.id, version: 1, body: "Checked the list." });
    expect(listClaimHistory({ actor: reviewer, claimId: claim.id }).map((event) => event.action)).toEqual(["comment.added", "claim.created"]);
  });
});
