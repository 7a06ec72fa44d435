import { beforeEach, describe, expect, it } from "vitest";
import { installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { seedDesk } from "./desk-test-world";
import { setClaimFollowed } from "./follows";
import { setInvestigationFourEyes } from "./four-eyes-setting";
import { getInvestigationById } from "./investigations";
import { getMyWork } from "./my-work";

beforeEach(async () => {
  await installTestDatabase();
});

const today = "2026-12-07";
const words = (section: { claims: { exact: string }[] }) => section.claims.map((claim) => claim.exact);

describe("My work", () => {
  it("lists what is assigned to me (due first), what I follow, what is overdue, with counts; approved claims leave the queue", async () => {
    const { editor, reviewer, claims } = await seedDesk();
    const [fewer, venezuelans, salvadorans] = claims as [(typeof claims)[0], (typeof claims)[0], (typeof claims)[0]];
    await updateClaimReview({ actor: editor, id: venezuelans.id, version: venezuelans.version, changes: { assigneeId: reviewer.id, dueAt: "2026-12-01" } });
    await updateClaimReview({ actor: editor, id: fewer.id, version: fewer.version, changes: { assigneeId: reviewer.id } });
    await setClaimFollowed({ actor: reviewer, claimId: salvadorans.id, followed: false });
    const work = await getMyWork({ actor: reviewer, today });
    expect(work.assigned).toMatchObject({ count: 2 });
    expect(words(work.assigned)).toEqual(["238 deportees", "fewer than 100 deportees"]);
    expect(work.assigned.claims[0]).toMatchObject({ dueAt: "2026-12-01", isOverdue: true, investigation: { title: "Flights" }, source: { title: "Wire" } });
    expect(words(work.overdue)).toEqual(["238 deportees"]);
    expect(work.overdue.count).toBe(1);
    // The reviewer made all three claims, so follows them; they unfollowed one.
    expect(words(work.following)).toEqual(["238 deportees", "fewer than 100 deportees"]);
    expect(work.toApprove).toEqual({ count: 0, claims: [] });
    // The editor sees every overdue claim of the workspace, though none is theirs.
    expect(words((await getMyWork({ actor: editor, today })).overdue)).toEqual(["238 deportees"]);
    expect((await getMyWork({ actor: reviewer, today: "2026-11-30" })).overdue.count).toBe(0);
  });

  it("offers an editor the claims in review they may approve: not those whose verdict they set, while four eyes is on", async () => {
    const { editor, otherEditor, investigationId, claims } = await seedDesk();
    const [fewer, venezuelans] = claims as [(typeof claims)[0], (typeof claims)[0]];
    await updateClaimReview({ actor: editor, id: fewer.id, version: fewer.version, changes: { verdictKey: "false", status: "in-review" } });
    await updateClaimReview({ actor: otherEditor, id: venezuelans.id, version: venezuelans.version, changes: { verdictKey: "true", status: "in-review" } });
    expect(words((await getMyWork({ actor: editor, today })).toApprove)).toEqual(["238 deportees"]);
    expect(words((await getMyWork({ actor: otherEditor, today })).toApprove)).toEqual(["fewer than 100 deportees"]);
    const { version } = await getInvestigationById({ actor: editor, id: investigationId });
    await setInvestigationFourEyes({ actor: editor, id: investigationId, version, fourEyes: false });
    const work = await getMyWork({ actor: editor, today });
    expect(words(work.toApprove)).toEqual(["fewer than 100 deportees", "238 deportees"]);
    expect(work.toApprove.count).toBe(2);
  });
});
