import { beforeEach, describe, expect, it } from "vitest";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { createTestActor, installTestDatabase } from "../test-database";
import { getAgreementByInvestigation, listAssessmentsForViewer, recordAssessment } from "./assessments";
import { listClaimHistory } from "./claim-detail";
import { createClaim } from "./claims";
import { createInvestigation, updateInvestigationSettings } from "./investigations";
import { createSource } from "./sources";

beforeEach(async () => {
  await installTestDatabase();
});

const text = "Officials counted over 200 deportees on Sunday.";

/** Two reviewers disagree on a claim; a third reviewer and an editor have recorded nothing. */
async function disagreement() {
  const editor = await createTestActor("editor");
  const [first, second, newcomer] = [await createTestActor("reviewer"), await createTestActor("reviewer"), await createTestActor("reviewer")];
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const source = await createSource({ actor: editor, investigationId, input: { title: "Wire", text } });
  const claim = await createClaim({ actor: first, sourceId: source.id, sourceVersionId: source.currentVersionId, start: 18, end: 36 });
  await recordAssessment({ actor: first, claimId: claim.id, verdictKey: "false" });
  await recordAssessment({ actor: second, claimId: claim.id, verdictKey: "true" });
  return { editor, first, newcomer, investigationId, claim };
}

const verdictsInHistory = (history: Awaited<ReturnType<typeof listClaimHistory>>) =>
  history.filter((event) => event.action === "assessment.recorded").map((event) => event.actorName);

describe("independent verdicts stay hidden until one records one's own", () => {
  it("leaves them out of a claim's history for a reviewer who has not recorded theirs, as the panel does", async () => {
    const { editor, newcomer, claim } = await disagreement();
    expect(await listAssessmentsForViewer({ actor: newcomer, claimId: claim.id })).toMatchObject({ others: [], hiddenCount: 2 });
    expect(verdictsInHistory(await listClaimHistory({ actor: newcomer, claimId: claim.id }))).toEqual([]);
    expect((await listClaimHistory({ actor: newcomer, claimId: claim.id })).map((event) => event.action)).toContain("claim.created");
    expect(verdictsInHistory(await listClaimHistory({ actor: editor, claimId: claim.id }))).toHaveLength(2);

    await recordAssessment({ actor: newcomer, claimId: claim.id, verdictKey: "mixed" });
    expect(verdictsInHistory(await listClaimHistory({ actor: newcomer, claimId: claim.id }))).toHaveLength(3);
  });

  it("leaves a claim whose verdicts are hidden from a reviewer out of every agreement figure they see, until they record theirs", async () => {
    const { editor, newcomer, investigationId, claim } = await disagreement();
    // A 0% agreement over one claim would tell the newcomer that the hidden verdicts disagree.
    expect(await getAgreementByInvestigation({ actor: newcomer, investigationId })).toEqual({
      claimsCompared: 0,
      raters: 0,
      percentAgreement: null,
      fleissKappa: null,
      disagreements: [],
      isLimitedToOwnAssessments: true,
    });
    expect(await getAgreementByInvestigation({ actor: editor, investigationId })).toMatchObject({
      claimsCompared: 1,
      percentAgreement: 0,
      isLimitedToOwnAssessments: false,
    });
    await recordAssessment({ actor: newcomer, claimId: claim.id, verdictKey: "false" });
    expect(await getAgreementByInvestigation({ actor: newcomer, investigationId })).toMatchObject({
      claimsCompared: 1,
      raters: 3,
      disagreements: [{ claimId: claim.id }],
    });
  });

  it("leaves the disagreement (which names the verdicts) out of the agreement figures for that reviewer", async () => {
    const { editor, first, newcomer, investigationId, claim } = await disagreement();
    expect(await getAgreementByInvestigation({ actor: newcomer, investigationId })).toMatchObject({ claimsCompared: 0, disagreements: [] });
    expect((await getAgreementByInvestigation({ actor: first, investigationId })).disagreements).toEqual([
      { claimId: claim.id, exact: "over 200 deportees", verdicts: expect.arrayContaining(["false", "true"]) },
    ]);
    expect((await getAgreementByInvestigation({ actor: editor, investigationId })).disagreements).toHaveLength(1);
  });

  it("shows them to everyone when the investigation does not hide them", async () => {
    const { editor, newcomer, investigationId, claim } = await disagreement();
    await updateInvestigationSettings({ actor: editor, id: investigationId, version: 1, ratingScale: [...defaultRatingScale], hidesOthersAssessments: false });
    expect(verdictsInHistory(await listClaimHistory({ actor: newcomer, claimId: claim.id }))).toHaveLength(2);
    expect((await getAgreementByInvestigation({ actor: newcomer, investigationId })).disagreements).toHaveLength(1);
  });
});

describe("recording one's own independent verdict", () => {
  it("keeps one verdict per reviewer when they save twice at once, the later replacing the earlier", async () => {
    const { newcomer, claim } = await disagreement();
    await Promise.all([
      recordAssessment({ actor: newcomer, claimId: claim.id, verdictKey: "mixed" }),
      recordAssessment({ actor: newcomer, claimId: claim.id, verdictKey: "true" }),
    ]);
    const { own, others } = await listAssessmentsForViewer({ actor: newcomer, claimId: claim.id });
    expect(own).toMatchObject({ reviewerId: newcomer.id, verdictKey: expect.stringMatching(/^(mixed|true)$/) });
    expect(others).toHaveLength(2);
    // Newest first: the two saves of the newcomer, then the two reviewers' verdicts.
    const recorded = (await listClaimHistory({ actor: newcomer, claimId: claim.id })).filter((event) => event.action === "assessment.recorded");
    expect(recorded.map((event) => event.data)).toEqual([
      { verdict: [expect.stringMatching(/^(mixed|true)$/), own!.verdictKey] },
      { verdict: [null, expect.stringMatching(/^(mixed|true)$/)] },
      { verdict: [null, expect.any(String)] },
      { verdict: [null, expect.any(String)] },
    ]);
  });
});
