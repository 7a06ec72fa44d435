import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { addComment } from "./comments";
import { seedDesk } from "./desk-test-world";
import { createFact } from "./facts";
import { followersOfClaim, followersOfFact, isFollowingClaim, isFollowingFact, setClaimFollowed, setFactFollowed } from "./follows";

beforeEach(async () => {
  await installTestDatabase();
});

describe("following claims and facts", () => {
  it("makes a claim's creator, its assignee and each commenter follow it, once each", async () => {
    const { editor, otherEditor, reviewer, claims } = await seedDesk(["238 deportees"]);
    const claim = claims[0]!;
    expect(await followersOfClaim(claim.id)).toEqual([reviewer.id]);
    await updateClaimReview({ actor: editor, id: claim.id, version: claim.version, changes: { assigneeId: otherEditor.id } });
    await addComment({ actor: editor, claimId: claim.id, body: "Check the manifest." });
    await addComment({ actor: editor, claimId: claim.id, body: "And the ministry's list." });
    await addComment({ actor: reviewer, claimId: claim.id, body: "On it." });
    expect((await followersOfClaim(claim.id)).sort()).toEqual([editor.id, otherEditor.id, reviewer.id].sort());
  });

  it("lets anyone follow and unfollow a claim or a fact for themselves", async () => {
    const { reviewer, investigationId, claims } = await seedDesk(["238 deportees"]);
    const someone = await createTestActor("reviewer");
    const claim = claims[0]!;
    expect(await isFollowingClaim({ actor: someone, claimId: claim.id })).toBe(false);
    expect(await setClaimFollowed({ actor: someone, claimId: claim.id, followed: true })).toBe(true);
    expect(await setClaimFollowed({ actor: someone, claimId: claim.id, followed: true })).toBe(true);
    expect(await isFollowingClaim({ actor: someone, claimId: claim.id })).toBe(true);
    await setClaimFollowed({ actor: reviewer, claimId: claim.id, followed: false });
    expect(await followersOfClaim(claim.id)).toEqual([someone.id]);

    const fact = await createFact({ actor: reviewer, investigationId, title: "People flown", claimIds: [claim.id] });
    expect(await followersOfFact(fact.id)).toEqual([]);
    await setFactFollowed({ actor: someone, factId: fact.id, followed: true });
    expect(await isFollowingFact({ actor: someone, factId: fact.id })).toBe(true);
    expect(await followersOfFact(fact.id)).toEqual([someone.id]);
    await setFactFollowed({ actor: someone, factId: fact.id, followed: false });
    expect(await followersOfFact(fact.id)).toEqual([]);
  });

  it("answers NOT_FOUND for a claim or fact that does not exist", async () => {
    const someone = await createTestActor("reviewer");
    await expect(setClaimFollowed({ actor: someone, claimId: "missing", followed: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setFactFollowed({ actor: someone, factId: "missing", followed: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
