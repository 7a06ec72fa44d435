import type { APIRequestContext, Page } from "@playwright/test";
import { createAccount, createApiToken, expect, signIn, test, type Account } from "./fixtures";

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const text = "Officials counted over 200 deportees on the first plane. A later list named 238 Venezuelans.";

let editor: Account;
let token: string;
test.beforeAll(() => {
  editor = createAccount("editor");
  token = createApiToken(editor);
});

/** An investigation with one source holding two claims: the first rated "Mostly true" and with one evidence item. */
async function ratedSource(request: APIRequestContext) {
  const investigation = await (await request.post("/api/v1/investigations", { headers: bearer(token), data: { title: "Colours and counts" } })).json();
  const source = await (
    await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers: bearer(token), data: { title: "Flights land", text } })
  ).json();
  const rated = await (
    await request.post(`/api/v1/sources/${source.id}/claims`, { headers: bearer(token), data: { selector: { exact: "over 200 deportees" } } })
  ).json();
  await request.post(`/api/v1/sources/${source.id}/claims`, { headers: bearer(token), data: { selector: { exact: "238 Venezuelans" } } });
  const verdict = await request.patch(`/api/v1/claims/${rated.id}`, {
    headers: { ...bearer(token), "If-Match": `"v${rated.version}"` },
    data: { verdictKey: "mostly-true" },
  });
  expect(verdict.status()).toBe(200);
  expect(
    (await request.post(`/api/v1/claims/${rated.id}/evidence`, { headers: bearer(token), data: { outlet: "Ministry", stance: "supports" } })).status(),
  ).toBe(201);
  return { investigationId: investigation.id as string, sourceId: source.id as string, claimId: rated.id as string };
}

/** The colour `value` computes to (so "rgb(1 2 3 / 0.5)" and "rgba(1, 2, 3, 0.5)" compare equal). */
function computedColour(page: Page, value: string) {
  return page.evaluate((colour) => {
    const probe = document.createElement("span");
    probe.style.backgroundColor = colour;
    document.body.append(probe);
    const computed = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return computed;
  }, value);
}

test.describe("verdict colours and delete dialogs", () => {
  test("a 'Mostly true' claim has one colour: its badge, its highlight and the legend match", async ({ page, request }) => {
    const { sourceId, claimId } = await ratedSource(request);
    await signIn(page, editor);
    await page.goto(`/sources/${sourceId}?claim=${claimId}`);
    const badge = page.getByTestId("verdict-badge");
    await expect(badge).toHaveText("Mostly true");
    const badgeColour = await badge.evaluate((element) => getComputedStyle(element).backgroundColor);

    // The reader paints claims with the CSS Custom Highlight API: find the verdict layer that
    // holds this claim's words, then the ::highlight() rule that colours it.
    const layer = await page.evaluate((exact) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("claim-verdict") && name !== "claim-unchecked") continue;
        for (const range of highlight) if (range.toString() === exact) return name;
      }
      return null;
    }, "over 200 deportees");
    expect(layer).toBe("claim-verdict-true");
    const highlightRule = await page.evaluate((name) => {
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`) return rule.style.backgroundColor;
        }
      }
      return null;
    }, layer);
    expect(highlightRule).not.toBeNull();
    expect(await computedColour(page, highlightRule!)).toBe(badgeColour);
    const legendColour = await page.getByTestId("legend-true").evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(legendColour).toBe(badgeColour);
    // Not the yellow of a claim with no verdict yet.
    const uncheckedColour = await page.getByTestId("legend-unchecked").evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(uncheckedColour).not.toBe(badgeColour);
  });

  test("the delete dialogs say how many claims, verdicts and evidence items go with a source or an investigation", async ({ page, request }) => {
    const { investigationId, sourceId } = await ratedSource(request);
    await signIn(page, editor);
    await page.goto(`/sources/${sourceId}`);
    await page.getByRole("button", { name: "Delete source" }).click();
    const sourceDialog = page.getByRole("alertdialog");
    await expect(sourceDialog).toContainText("Deleting this source also deletes 2 claims, 1 verdict and 1 evidence item.");
    await sourceDialog.getByRole("button", { name: "Cancel" }).click();

    await page.goto(`/investigations/${investigationId}`);
    await page.getByRole("button", { name: "Delete investigation" }).click();
    const investigationDialog = page.getByRole("alertdialog");
    await expect(investigationDialog).toContainText("Deleting this investigation also deletes 1 source, 2 claims, 1 verdict and 1 evidence item.");
    await investigationDialog.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
  });
});
