import { bearer } from "./api-client";
import { expect, seedSource, test } from "./fixtures";

test("a fact-checker links claims from two sources into a fact and sees the conflicting figures with the reason", async ({
  editor,
  reviewer,
  reviewerPage: page,
  request,
}) => {
  const headers = bearer(reviewer.token);
  const investigation = await editor.createInvestigation("Flights to CECOT");
  const post = async (title: string, text: string, exact: string) => {
    const source = await reviewer.addSource(investigation.id, { title, outlet: `${title} Daily`, text });
    return { source, claim: await reviewer.addClaim(source.id, exact) };
  };
  const first = await post("Wire", "The presidency said more than 250 Venezuelans were flown to the prison on Sunday.", "more than 250 Venezuelans");
  await post("Ledger", "The government's own list names 238 Venezuelans and 23 Salvadorans.", "238 Venezuelans");

  await page.goto(`/sources/${first.source.id}?claim=${first.claim.id}`);
  const form = page.getByRole("form", { name: "Link to a fact" });
  await form.getByLabel("Fact", { exact: true }).selectOption("new");
  await form.getByLabel("New fact").fill("Venezuelans flown to CECOT on 16 March 2025");
  await form.getByRole("checkbox", { name: /238 Venezuelans/ }).check();
  await form.getByRole("button", { name: "Link" }).click();
  // The panel compares the claim with the others of its fact, and explains the conflict.
  const comparison = page.getByTestId("fact-comparison");
  await expect(comparison.getByRole("list", { name: "Claims of this fact" }).getByRole("listitem")).toHaveCount(2);
  await expect(comparison.getByRole("listitem").filter({ hasText: "238 Venezuelans" })).toContainText("Figure: exactly 238");
  await expect(comparison.getByRole("list", { name: "Conflicts with this claim" })).toContainText("238");
  await page.getByTestId("claim-fact").getByRole("link", { name: "Venezuelans flown to CECOT on 16 March 2025" }).click();

  await expect(page.getByRole("heading", { name: "Venezuelans flown to CECOT on 16 March 2025" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("more than 250");
  await expect(table).toContainText("exactly 238");
  const conflicts = page.getByRole("list", { name: "Conflicts" });
  await expect(conflicts.getByRole("listitem")).toHaveCount(1);
  await expect(conflicts).toContainText("238");
  await expect(conflicts).toContainText("250");

  const fact = await (await request.get(`/api/v1/investigations/${investigation.id}/facts`, { headers })).json();
  expect(fact.facts).toEqual([expect.objectContaining({ claimCount: 2, conflictCount: 1 })]);
  const detail = await (await request.get(`/api/v1/facts/${fact.facts[0].id}`, { headers })).json();
  expect(detail.claims.map((c: { quantity: unknown }) => c.quantity)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ low: 250, high: null, lowInclusive: false }),
      expect.objectContaining({ low: 238, high: 238, lowInclusive: true, highInclusive: true }),
    ]),
  );
  expect(detail.conflicts).toEqual([{ a: expect.any(String), b: expect.any(String), reason: expect.stringContaining("238") }]);

  await page.getByRole("link", { name: "Flights to CECOT" }).click();
  await expect(page.getByTestId("facts-with-conflicts")).toHaveText("1 of 1 fact has conflicting figures.");

  // Side by side: claims of the same fact share a number; choosing one lights up its partner.
  await page.getByRole("link", { name: "Compare two sources side by side" }).click();
  const left = page.getByRole("region", { name: "Wire" });
  const right = page.getByRole("region", { name: "Ledger" });
  await left.getByRole("button", { name: /more than 250 Venezuelans/ }).click();
  await expect(page.getByTestId("selected-fact")).toHaveText("Fact 1: Venezuelans flown to CECOT on 16 March 2025");
  await expect(right.getByRole("button", { name: /238 Venezuelans/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: "Flights to CECOT" }).click();

  // A reviewer corrects the reading by hand; the comparison follows.
  await page.getByRole("link", { name: /Venezuelans flown to CECOT/ }).click();
  const row = page.getByRole("row").filter({ hasText: "more than 250 Venezuelans" });
  await row.getByText("Correct the reading").click();
  const correction = row.getByRole("form", { name: /Correct the reading/ });
  await correction.getByLabel("From").fill("abc");
  await correction.getByRole("button", { name: "Save reading" }).click();
  await expect(correction.getByText("The lower end must be a number such as 250 or 1.5.")).toBeVisible();
  await expect(correction.getByLabel("From")).toHaveValue("abc");
  await correction.getByLabel("From").fill("230");
  await correction.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByText("No conflicting figures")).toBeVisible();
  await expect(row).toContainText("corrected by hand");
});

test("a claim can speak to only one fact", async ({ editor, request }) => {
  const headers = bearer(editor.token);
  const source = await seedSource(editor, { title: "One fact each", text: "Roughly 250 Venezuelans were moved." });
  const investigation = { id: source.investigationId };
  const claim = await editor.addClaim(source.id, "Roughly 250 Venezuelans");
  expect((await request.post(`/api/v1/investigations/${investigation.id}/facts`, { headers, data: { title: "A", claimIds: [claim.id] } })).status()).toBe(201);
  const second = await request.post(`/api/v1/investigations/${investigation.id}/facts`, { headers, data: { title: "B", claimIds: [claim.id] } });
  expect(second.status()).toBe(422);
  expect((await second.json()).error.message).toContain("already linked to the fact “A”");
  const facts = await (await request.get(`/api/v1/investigations/${investigation.id}/facts`, { headers })).json();
  expect(facts.facts.map((f: { title: string }) => f.title)).toEqual(["A"]);
});

test("an editor widens what “about” means, and a reviewer corrects a figure through the API", async ({ editor, editorPage: page, reviewer, request }) => {
  const headers = bearer(reviewer.token);
  const investigation = await editor.createInvestigation("Tolerance");
  const claimIds: string[] = [];
  for (const [title, text, exact] of [
    ["Radio", "The minister said about 200 Venezuelans were on the planes.", "about 200 Venezuelans"],
    ["Logs", "The manifests list 238 Venezuelans.", "238 Venezuelans"],
  ] as const) {
    const source = await reviewer.addSource(investigation.id, { title, text });
    claimIds.push((await reviewer.addClaim(source.id, exact)).id);
  }
  const fact = await reviewer.addFact(investigation.id, "Venezuelans on board", claimIds);
  const conflictsOf = async () => (await (await request.get(`/api/v1/facts/${fact.id}`, { headers })).json()).conflicts;
  expect(await conflictsOf()).toHaveLength(1); // about 200 = 180–220 at ±10%

  await page.goto(`/investigations/${investigation.id}`);
  await page.getByText("Verdict scale, review and comparison settings").click();
  const settings = page.getByRole("form", { name: "Verdict scale and review settings" });
  const tolerance = settings.getByLabel(/Roughly \/ about N/);
  await tolerance.fill("ninety");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByText("Give the tolerance as a whole number of percent, such as 10.")).toBeVisible();
  await expect(tolerance).toHaveValue("ninety");
  await tolerance.fill("20");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByText("Settings saved.")).toBeVisible();
  expect(await conflictsOf()).toEqual([]); // about 200 = 160–240 at ±20%

  const quantityUrl = `/api/v1/claims/${claimIds[0]}/quantity`;
  const impossible = await request.put(quantityUrl, {
    headers,
    data: { quantity: { low: 300, high: 200, lowInclusive: true, highInclusive: true, hedge: "range", value: 300, unit: null, text: "x" } },
  });
  expect(impossible.status()).toBe(422);
  const corrected = await request.put(quantityUrl, {
    headers,
    data: {
      quantity: { low: 250, high: null, lowInclusive: false, highInclusive: false, hedge: "more-than", value: 250, unit: "Venezuelans", text: "more than 250" },
    },
  });
  expect(corrected.status()).toBe(200);
  expect(await corrected.json()).toMatchObject({ isCorrected: true, interval: "more than 250", quantity: { low: 250, high: null } });
  expect(await conflictsOf()).toEqual([expect.objectContaining({ reason: expect.stringContaining("238") })]);
  const cleared = await (await request.put(quantityUrl, { headers, data: { quantity: null } })).json();
  expect(cleared).toMatchObject({ isCorrected: false, quantity: { low: 160, high: 240 } });
  const anonymous = await request.put(quantityUrl, { data: { quantity: null } });
  expect(anonymous.status()).toBe(401);
});
