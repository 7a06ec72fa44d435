import { bearer } from "./api-client";
import { expect, newPerson, signIn, test, type Person } from "./fixtures";

/**
 * "Checked before" in the reader (issue #20): a Spanish claim finds its English twin, checked
 * and approved in another investigation, with its verdict, rationale's first line and reasons;
 * one click copies its evidence (facts belong to their investigation) or, for a twin checked in
 * the same investigation, links the claim into its fact. A made-up prison name keeps each test's
 * claims apart from every other test's in the shared index.
 */
let editor: Person;
let reviewer: Person;
test.beforeAll(() => {
  editor = newPerson("editor");
  reviewer = newPerson("reviewer");
});

const uniqueName = () => `Varn${Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;

/** An approved English claim on `prison` with one evidence item, in a fact of a fresh investigation. */
async function checkedEarlier(prison: string) {
  const investigation = await editor.createInvestigation(`Prisons of ${prison}`);
  const text = `Officials say the ${prison} prison holds about 40,000 inmates, the minister said in March 2025.`;
  const source = await reviewer.addSource(investigation.id, { title: `${prison} report`, text, language: "en" });
  const claim = await reviewer.addClaim(source.id, "about 40,000 inmates");
  await reviewer.addEvidence(claim.id, { stance: "supports", outlet: `${prison} Prison Office`, quote: "capacity of 40,000" });
  const fact = await reviewer.addFact(investigation.id, `${prison} holds 40,000 inmates`, [claim.id]);
  const reviewed = await reviewer.reviewClaim(claim, { verdictKey: "mostly-true", rationale: "Capacity, not occupancy.\nThe office lists 40,000 places." });
  await editor.reviewClaim(reviewed, { status: "approved" });
  return { investigationId: investigation.id, claim, fact };
}

test.describe("checked before", () => {
  test("a Spanish claim shows its English twin from another investigation with verdict and reasons, and copies its evidence in one click", async ({
    browser,
    request,
  }) => {
    const prison = uniqueName();
    const earlier = await checkedEarlier(prison);
    const later = await editor.createInvestigation(`Cárceles de ${prison}`);
    const text = `Según el ministro, la cárcel ${prison} tiene unos 40.000 reclusos, dijo en marzo de 2025.`;
    const source = await reviewer.addSource(later.id, { title: `Informe ${prison}`, text, language: "es" });
    const claim = await reviewer.addClaim(source.id, "unos 40.000 reclusos");

    // The API answers with the contract's fields, and nothing else.
    const answer = await (await request.get(`/api/v1/claims/${claim.id}/checked-before`, { headers: bearer(reviewer.token) })).json();
    const twin = answer.matches.find((match: { claimId: string }) => match.claimId === earlier.claim.id);
    expect(Object.keys(twin).sort()).toEqual(["claimId", "factId", "investigationId", "reasons", "score", "status", "verdict"]);
    expect(twin).toMatchObject({ factId: earlier.fact.id, investigationId: earlier.investigationId, verdict: "mostly-true", status: "approved" });

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, reviewer);
    await page.goto(`/sources/${source.id}?claim=${claim.id}`);
    const section = page.getByTestId("checked-before");
    await expect(section.getByRole("heading", { name: "Checked before" })).toBeVisible();
    const match = section.getByTestId("checked-before-match").filter({ hasText: `Prisons of ${prison}` });
    await expect(match.getByTestId("checked-before-verdict")).toHaveText("Mostly true");
    await expect(match.getByTestId("checked-before-rationale")).toHaveText("Capacity, not occupancy.");
    await expect(match.getByRole("link", { name: "about 40,000 inmates" })).toHaveAttribute(
      "href",
      `/sources/${earlier.claim.sourceId}?claim=${earlier.claim.id}`,
    );
    const reasons = match.getByTestId("checked-before-reasons");
    await expect(reasons).toContainText("Same counted thing: reclusos");
    await expect(reasons).toContainText("Figures overlap: unos 40.000 (36,000–44,000) / about 40,000 (36,000–44,000)");
    await expect(reasons).toContainText(`Names: ${prison}`);
    // Its fact is in another investigation: no link into it, its evidence can be copied.
    await expect(match.getByTestId("checked-before-link")).toHaveCount(0);
    await expect(match).toContainText("Its fact belongs to another investigation");

    await match.getByTestId("checked-before-copy").click();
    await expect(match.getByRole("status")).toHaveText("Copied 1 evidence item.");
    await expect(page.getByTestId("checking-panel").getByText(`${prison} Prison Office`).first()).toBeVisible();
    await context.close();
  });

  test("a twin checked in the same investigation is linked into its fact in one click", async ({ browser }) => {
    const prison = uniqueName();
    const earlier = await checkedEarlier(prison);
    const text = `The ${prison} prison can take some 40,000 prisoners, the minister said in March 2025, according to a second outlet.`;
    const source = await reviewer.addSource(earlier.investigationId, { title: `${prison} second report`, text, language: "en" });
    const claim = await reviewer.addClaim(source.id, "some 40,000 prisoners");

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, reviewer);
    await page.goto(`/sources/${source.id}?claim=${claim.id}`);
    const match = page.getByTestId("checked-before-match").filter({ hasText: `Prisons of ${prison}` });
    await expect(match.getByTestId("checked-before-verdict")).toHaveText("Mostly true");
    await match.getByTestId("checked-before-link").click();
    // The claim now speaks to that fact; the earlier claim, now in its own fact, leaves the list.
    await expect(page.getByTestId("claim-fact")).toContainText(`${prison} holds 40,000 inmates`);
    await expect(match).toHaveCount(0);
    await context.close();
  });
});
