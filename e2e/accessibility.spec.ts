import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe-scan";
import { ReaderPage } from "./pages/reader-page";
import { seededAdmin, expect, newPerson, saveNewSourceVersion, seedSource, signIn, test, type Person } from "./fixtures";

/**
 * Every main page, scanned with axe against WCAG 2.0 / 2.1 A and AA. A serious or critical
 * violation fails the test, with each rule's id, help and the elements it found, so the
 * failure says what to fix and where.
 */

/** The contrast ratio of the suggestions' underline colour against the page's background. */
async function suggestionUnderlineContrast(page: Page): Promise<number> {
  const [underline, background] = await page.evaluate(() => {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const rule = rules.find(
      (candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === "::highlight(claim-suggestion)",
    );
    return [rule?.style.textDecorationColor ?? "", getComputedStyle(document.body).backgroundColor];
  });
  const channels = async (colour: string) =>
    page.evaluate((value) => {
      // Let the browser resolve any colour syntax (hex, oklch…) to sRGB channels.
      const canvas = new OffscreenCanvas(1, 1).getContext("2d")!;
      canvas.fillStyle = value;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, colour);
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  expect(underline, "the ::highlight(claim-suggestion) rule sets an underline colour").not.toBe("");
  const [lighter, darker] = [luminance(await channels(underline)), luminance(await channels(background))].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const wireText = `The government said over 200 deportees were flown to San Salvador on Sunday, 16 March 2025.

A later statement put the number at roughly 250 Venezuelans, held in a prison built for 40,000 inmates.

"Every one of them was checked," the minister said. A lawyer for several families disputed the account on Monday.`;
const ledgerText = `Flight manifests seen by reporters list 238 Venezuelans and 23 Salvadorans on the three planes.

In all, 261 people were on board, and 137 were removed under the Alien Enemies Act.`;
/** A long filing, so its column on the compare page scrolls; none of its claims speaks to a fact. */
const filingText = [
  "Counsel for the families filed this petition on 17 March 2025.",
  ...Array.from(
    { length: 40 },
    (_, index) =>
      `${index + 1}. The petitioners state that the removals on 15 and 16 March 2025 took place while a hearing was pending, and that the number of people on each flight was not disclosed to counsel.`,
  ),
].join("\n\n");

type World = {
  investigationId: string;
  wireId: string;
  filingId: string;
  claimId: string;
  unlinkedClaimId: string;
  approvedClaimId: string;
  factId: string;
  editor: Person;
  reviewer: Person;
};
let world: World;

/** An investigation with three sources (one with two versions), claims with evidence, verdicts, comments and a fact; all through the API. */
async function buildWorld(): Promise<World> {
  const editor = newPerson("editor");
  const reviewer = newPerson("reviewer");
  const investigation = await editor.createInvestigation("Deportation flights, March 2025");
  const wire = await editor.addSource(investigation.id, {
    title: "Deportees flown out",
    outlet: "Harbour Wire",
    url: "https://wire.example/flights",
    publishedAt: "2025-03-16",
    text: wireText,
  });
  const ledger = await editor.addSource(investigation.id, { title: "Who was on board", outlet: "Civic Ledger", publishedAt: "2025-03-18", text: ledgerText });
  const filing = await editor.addSource(investigation.id, { title: "Petition to the district court", outlet: "Court records", text: filingText });

  const over = await editor.addClaim(wire.id, "over 200 deportees");
  const roughly = await editor.addClaim(wire.id, "roughly 250 Venezuelans");
  await editor.addClaim(wire.id, "roughly 250 Venezuelans, held in a prison"); // overlaps the claim above
  const lawyer = await editor.addClaim(wire.id, "A lawyer for several families disputed the account");
  const manifests = await editor.addClaim(ledger.id, "238 Venezuelans");
  await editor.addClaim(ledger.id, "261 people");
  await editor.addClaim(filing.id, "filed this petition on 17 March 2025");

  await editor.addEvidence(over.id, { url: "https://gov.example/manifest", outlet: "Ministry", quote: "238 Venezuelans", stance: "refutes" });
  await editor.addEvidence(over.id, { outlet: "Court filing, 17 March", quote: "a figure nobody printed", stance: "adds-context" });
  await reviewer.addComment(over.id, "Has anyone found the **court filing**?");
  await reviewer.addAssessment(over.id, { verdictKey: "mostly-true", note: "The manifests list more." });
  await editor.addAssessment(over.id, { verdictKey: "mixed" });
  await editor.reviewClaim(over, { verdictKey: "mostly-true", rationale: "The manifests list **261** people." });
  // An approved claim is locked (lib/checking/approval-lock.ts): the one the panel tests edit stays open.
  await editor.addEvidence(roughly.id, { outlet: "Civic Ledger", quote: "238 Venezuelans", stance: "refutes" });
  // Four eyes: the verdict's author does not approve it; a second editor does.
  const reviewedRoughly = await editor.reviewClaim(roughly, { verdictKey: "mostly-false", rationale: "The manifests list 238." });
  await newPerson("editor").reviewClaim(reviewedRoughly, { status: "approved" });
  await editor.reviewClaim(lawyer, { verdictKey: "false", rationale: "Nobody disputed it." });
  await editor.reviewClaim(manifests, { verdictKey: "true" });
  const fact = await editor.addFact(investigation.id, "People flown on 16 March", [over.id, roughly.id, manifests.id]);

  // A second version of the wire text, so the reader lists its versions.
  // It drops the date, so an evidence quote with the date is found in version 1 only.
  saveNewSourceVersion(
    wire.id,
    `${wireText.replace("on Sunday, 16 March 2025.", "on Sunday.")}

The ministry did not answer questions on Tuesday.`,
  );
  await editor.addEvidence(lawyer.id, { url: "https://wire.example/flights", quote: "San Salvador on Sunday, 16 March 2025", stance: "adds-context" });
  return {
    investigationId: investigation.id,
    wireId: wire.id,
    filingId: filing.id,
    claimId: over.id,
    unlinkedClaimId: lawyer.id,
    approvedClaimId: roughly.id,
    factId: fact.id,
    editor,
    reviewer,
  };
}

test.beforeAll(async () => {
  world = await buildWorld();
});

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  test("the sign-in page, signed out", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousViolations(page);
    // Also with a field's error shown, and with the form's refusal.
    await page.getByLabel("Email").fill("nobody@e2e.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-message")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the investigations list", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto("/investigations");
    await expect(page.getByRole("list", { name: "Investigations" })).toContainText("Deportation flights, March 2025");
    await expectNoSeriousViolations(page);
  });

  test("My work, and an investigation's filtered claim list", async ({ page }) => {
    await signIn(page, world.editor);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
    await expect(page.getByTestId("drafts-count")).not.toHaveText("(…)");
    await expectNoSeriousViolations(page);
    await page.goto(`/investigations/${world.investigationId}/claims?status=open`);
    await expect(page.getByRole("form", { name: "Filter claims" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("an investigation, with its sources, facts and the Export menu open", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/investigations/${world.investigationId}`);
    await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByRole("link", { name: /People flown on 16 March/ })).toBeVisible();
    await page.getByText("Export", { exact: true }).click();
    await expect(page.getByRole("list", { name: "Export formats" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByText("Export", { exact: true }).click();

    // Its settings and import panels, opened.
    await page.getByText("Verdict scale, review and comparison settings").click();
    await page.getByText("Import annotations").click();
    await page.getByText("Publication: published address and public link").click();
    await page.getByRole("button", { name: "Make public link" }).click();
    await expect(page.getByLabel("Address of the public report")).toHaveValue(/\/p\//);
    // The action's refresh re-streams the page's metadata: scan the settled page, with its title back.
    await expect(page).toHaveTitle(/Corroborate/);
    await expect(page.getByRole("form", { name: "Verdict scale and review settings" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Import annotations" })).toBeVisible();
    await expectNoSeriousViolations(page);

    // Renaming, and the delete confirmation.
    await page.getByRole("button", { name: "Rename" }).click();
    await expect(page.getByRole("form", { name: "Rename investigation" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete investigation" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the reader, with several claims highlighted, a selection and overlapping claims", async ({ page }) => {
    await signIn(page, world.editor);
    const reader = new ReaderPage(page);
    await reader.goto(world.wireId);
    await expect(reader.claimList.getByRole("button")).toHaveCount(4);
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0))).toBeGreaterThan(3);
    await expect(page.getByRole("navigation", { name: "Versions" })).toBeVisible();
    await expectNoSeriousViolations(page);
    // axe cannot see ::highlight marks: the suggestions' underline has at least 3:1 against the page (WCAG 1.4.11).
    expect(await suggestionUnderlineContrast(page)).toBeGreaterThanOrEqual(3);

    await reader.selectWithMouse("Every one of them was checked");
    await expect(page.getByRole("toolbar", { name: "Selection" })).toBeVisible();
    await expectNoSeriousViolations(page);

    await reader.clickOn("250 Venezuelans");
    await expect(page.getByRole("menu", { name: "Claims here" }).getByRole("menuitem")).toHaveCount(2);
    await expectNoSeriousViolations(page);
  });

  test("an earlier version of a source, and what changed since", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/sources/${world.wireId}?version=1`);
    await expect(page.getByText("You are reading version 1 of 2")).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "What changed since" }).click();
    await expect(page.getByTestId("diff")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the reader with a claim's panel open", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/sources/${world.wireId}?claim=${world.claimId}`);
    const panel = page.getByTestId("checking-panel");
    await expect(panel.getByRole("list", { name: "History" })).toContainText("over 200 deportees");
    await expect(panel.getByRole("list", { name: "Evidence" }).getByRole("listitem")).toHaveCount(2);
    await expect(panel.getByTestId("fact-comparison")).toBeVisible();
    await expectNoSeriousViolations(page);

    // Adding evidence, refused with the errors at the fields; editing evidence.
    await panel.locator("summary", { hasText: "Add evidence" }).click();
    const evidence = page.getByRole("form", { name: "Add evidence" });
    await evidence.getByLabel("Link").fill("javascript:alert(1)");
    await evidence.getByRole("button", { name: "Add evidence" }).click();
    await expect(evidence.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
    await panel.locator("summary", { hasText: "Edit" }).first().click();
    await expect(page.getByRole("form", { name: "Edit evidence" }).first()).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole("region", { name: "Open claim" }).getByRole("button", { name: "Delete claim" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("a claim's panel with a restored draft, before an approval the independent verdicts disagree with", async ({ page }) => {
    // A second editor: under four eyes the verdict's author (world.editor) is not offered the approval.
    await signIn(page, newPerson("editor"));
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`/sources/${world.wireId}?claim=${world.claimId}`);
    const comment = page.getByRole("form", { name: "Add comment" });
    await comment.getByLabel("Comment").fill("A comment left half-written");
    await page.reload();
    await expect(comment.getByTestId("draft-restored")).toBeVisible();
    await expect(page.getByTestId("verdict-disagreement")).toContainText("1 of 2 reviewers' independent verdicts differ");
    await expectNoSeriousViolations(page);
  });

  test("an approved claim's panel, its locked controls replaced by the reason", async ({ page }) => {
    await signIn(page, world.reviewer);
    await page.goto(`/sources/${world.wireId}?claim=${world.approvedClaimId}`);
    await expect(page.getByTestId("approval-notice")).toBeVisible();
    await expect(page.getByTestId("evidence-lock")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("a reviewer's claim panel, for a claim not yet linked to a fact", async ({ page }) => {
    await signIn(page, world.reviewer);
    await page.goto(`/sources/${world.wireId}?claim=${world.unlinkedClaimId}`);
    await expect(page.getByRole("form", { name: "Link to a fact" })).toBeVisible();
    await expect(page.getByTestId("checking-panel").getByRole("list", { name: "History" })).toContainText("A lawyer for several families");
    await expect(page.getByTestId("checking-panel").getByRole("list", { name: "Evidence" })).toContainText(
      "found in version 1 of 2 of “Deportees flown out”, not in the current text",
    );
    await expectNoSeriousViolations(page);
  });

  test("an orphaned claim open in the reader, with a selection offering to attach it, and the fact table marking it", async ({ page }) => {
    // Its own investigation, so the shared one keeps its counts.
    const source = await seedSource(world.editor, { title: "Wire", text: wireText });
    const orphan = (await world.editor.addClaim(source.id, "A lawyer for several families disputed the account")).id;
    const moved = (await world.editor.addClaim(source.id, "over 200 deportees")).id;
    const fact = await world.editor.addFact(source.investigationId, "Disputed", [moved, orphan]);
    saveNewSourceVersion(
      source.id,
      `Updated on Monday.\n\n${wireText.replace("A lawyer for several families disputed the account on Monday.", "Nobody has answered.")}`,
    );

    await signIn(page, world.editor);
    const reader = new ReaderPage(page);
    await page.goto(`/sources/${source.id}?claim=${orphan}`);
    await expect(reader.openClaim.getByTestId("orphan-notice")).toBeVisible();
    await expect(page.getByTestId("checking-panel").getByRole("list", { name: "History" })).toContainText("A lawyer for several families");
    await reader.selectWithMouse("Nobody has answered");
    await expect(page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: "Attach to selection" })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goto(`/facts/${fact.id}`);
    await expect(page.getByRole("table")).toContainText("orphaned in the current version");
    await expect(page.getByRole("table")).toContainText("moved");
    await expectNoSeriousViolations(page);
  });

  test("a fact, and correcting a figure's reading", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/facts/${world.factId}`);
    await expect(page.getByRole("heading", { name: "People flown on 16 March" })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
    await expectNoSeriousViolations(page);

    const row = page.getByRole("row").filter({ hasText: "over 200 deportees" });
    await row.getByText("Correct the reading").click();
    const correction = row.getByRole("form", { name: /Correct the reading/ });
    await correction.getByLabel("From").fill("abc");
    await correction.getByRole("button", { name: "Save reading" }).click();
    await expect(correction.getByText("The lower end must be a number such as 250 or 1.5.")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("a refused form marks each wrong field, describes it with the error and keeps what was typed", async ({ page }) => {
    await signIn(page, world.editor);

    // Correcting a figure's reading: a compact form with its own layout.
    await page.goto(`/facts/${world.factId}`);
    const row = page.getByRole("row").filter({ hasText: "over 200 deportees" });
    await row.getByText("Correct the reading").click();
    const correction = row.getByRole("form", { name: /Correct the reading/ });
    await correction.getByLabel("From").fill("abc");
    await correction.getByLabel("To (blank: no limit)").fill("300");
    await correction.getByRole("checkbox", { name: "Upper end included" }).uncheck();
    await correction.getByRole("button", { name: "Save reading" }).click();
    const from = correction.getByLabel("From");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toHaveAccessibleDescription("The lower end must be a number such as 250 or 1.5.");
    await expect(from).toHaveValue("abc");
    await expect(correction.getByLabel("To (blank: no limit)")).toHaveValue("300");
    await expect(correction.getByLabel("To (blank: no limit)")).not.toHaveAttribute("aria-invalid");
    await expect(correction.getByRole("checkbox", { name: "Upper end included" })).not.toBeChecked();

    // The claim panel's selects, radio group and text boxes.
    await page.goto(`/sources/${world.wireId}?claim=${world.unlinkedClaimId}`);
    const own = page.getByRole("form", { name: "Your independent verdict" });
    await own.getByLabel("Note").fill("The families' lawyer is quoted by name.");
    await own.getByRole("button", { name: "Record my verdict" }).click();
    await expect(own.getByLabel("Your verdict")).toHaveAttribute("aria-invalid", "true");
    await expect(own.getByLabel("Your verdict")).toHaveAccessibleDescription("Choose your verdict.");
    await expect(own.getByLabel("Note")).toHaveValue("The families' lawyer is quoted by name.");

    const link = page.getByRole("form", { name: "Link to a fact" });
    await link.getByLabel("Fact", { exact: true }).selectOption({ label: "New fact…" });
    await link.getByRole("button", { name: "Link", exact: true }).click();
    await expect(link.getByLabel("New fact")).toHaveAttribute("aria-invalid", "true");
    await expect(link.getByLabel("New fact")).toHaveAccessibleDescription(/Name the new fact/);
    await expect(link.getByLabel("Fact", { exact: true })).toHaveValue("new");

    await page.getByTestId("checking-panel").locator("summary", { hasText: "Add evidence" }).click();
    const evidence = page.getByRole("form", { name: "Add evidence" });
    await evidence.getByLabel("Outlet or document").fill("Court filing, 17 March");
    await evidence.getByRole("button", { name: "Add evidence" }).click();
    const stance = evidence.getByRole("radiogroup", { name: "Stance" });
    await expect(stance).toHaveAttribute("aria-invalid", "true");
    await expect(stance).toHaveAccessibleDescription("Choose whether it supports, refutes or adds context.");
    await expect(evidence.getByLabel("Outlet or document")).toHaveValue("Court filing, 17 March");
    await expectNoSeriousViolations(page);

    // Uploading a file: the file input is described by its hint and its error.
    await page.goto(`/investigations/${world.investigationId}/sources/new`);
    const upload = page.getByRole("form", { name: "Upload a file" });
    await upload.getByLabel("Title (optional)").fill("Ministry statement");
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(upload.getByLabel("File")).toHaveAttribute("aria-invalid", "true");
    await expect(upload.getByLabel("File")).toHaveAccessibleDescription(/\.txt, \.md or \.html .*Choose a \.txt, \.md or \.html file\./);
    await expect(upload.getByLabel("Title (optional)")).toHaveValue("Ministry statement");
  });

  test("two sources side by side", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/investigations/${world.investigationId}/compare`);
    const wire = page.getByRole("region", { name: "Deportees flown out" });
    await expect(wire).toBeVisible();
    await wire.getByRole("button", { name: /over 200 deportees/ }).click();
    await expect(page.getByTestId("selected-fact")).toContainText("People flown on 16 March");
    await expectNoSeriousViolations(page);

    // A long source whose claims speak to no fact: its column scrolls.
    await page.goto(`/investigations/${world.investigationId}/compare?a=${world.wireId}&b=${world.filingId}`);
    await expect(page.getByRole("region", { name: "Petition to the district court" })).toContainText("filed this petition on 17 March 2025");
    await expectNoSeriousViolations(page);
  });

  test("editing a source's text", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/sources/${world.wireId}/edit`);
    await expect(page.getByRole("heading", { name: "Edit the text" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("editing a source's details, refused at a field, and the delete confirmation with its counts", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/sources/${world.wireId}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Source details" });
    await form.getByLabel("Address (URL)").fill("not an address");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
    await expectNoSeriousViolations(page);
    await form.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete source" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("Deleting this source also deletes");
    await expectNoSeriousViolations(page);
  });

  test("adding a source, and the errors of each form", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto(`/investigations/${world.investigationId}/sources/new`);
    await expect(page.getByRole("heading", { name: "Add a source" })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole("form", { name: "Add source" }).getByRole("button", { name: "Add source" }).click();
    await expect(page.getByRole("form", { name: "Add source" }).locator("[aria-invalid=true]").first()).toBeVisible();
    await page.getByRole("form", { name: "Import from a URL" }).getByRole("button", { name: "Import page" }).click();
    await expect(page.getByRole("form", { name: "Import from a URL" }).locator("[aria-invalid=true]").first()).toBeVisible();
    await page.getByRole("form", { name: "Upload a file" }).getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("form", { name: "Upload a file" }).getByText("Choose a .txt, .md or .html file.")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("Settings → API tokens, before and after making one", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto("/settings/tokens");
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByLabel("Token name").fill("Newsroom CMS");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("Settings → People and Settings → Organisation, as an admin", async ({ page }) => {
    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
    await expectNoSeriousViolations(page);
    const addPerson = page.getByRole("form", { name: "Add person" });
    await addPerson.getByLabel("Email").fill("not an address");
    await addPerson.getByRole("button", { name: "Add person" }).click();
    await expect(addPerson.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goto("/settings/organisation");
    const organisation = page.getByRole("form", { name: "Organisation" });
    await expect(organisation).toBeVisible();
    await expectNoSeriousViolations(page);
    await organisation.getByLabel("Website").fill("javascript:alert(1)");
    await organisation.getByRole("button", { name: "Save organisation" }).click();
    await expect(organisation.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("a page that does not exist, inside the workspace and outside it", async ({ page }) => {
    await signIn(page, world.editor);
    await page.goto("/investigations/no-such-investigation");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
    await expectNoSeriousViolations(page);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
    await expectNoSeriousViolations(page);
  });
});
