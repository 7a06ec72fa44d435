import { expectNoSeriousViolations } from "./axe-scan";
import { expect, seedSource, signInInSpanish, test, type Person } from "./fixtures";

/** A made-up word no other test writes, so each test's search finds only what it added. */
const uniqueWord = () => "zq" + Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

/** An English source in `editor`'s new investigation whose text, one claim, its evidence and a comment on it (all by `person`) name `word`. */
async function seedEnglish(editor: Person, person: Person, word: string) {
  const source = await seedSource(
    editor,
    {
      title: `Flight manifests ${word}`,
      outlet: "Wire desk",
      text: `Officials said the ${word} flights carried over 200 deportees.\n\nA later list named 238 Venezuelans.`,
      language: "en",
    },
    person,
  );
  const claim = await person.addClaim(source.id, `${word} flights carried over 200 deportees`);
  await person.addEvidence(claim.id, { stance: "refutes", outlet: "Ministry", quote: `The ${word} list has 238 names.` });
  await person.addComment(claim.id, `Ask the ministry about the ${word} manifests.`);
  return { source, claim };
}

// Each test seeds its own data through the API and scans with axe: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.describe("searching the workspace", () => {
  test("a reviewer presses / and types in the header, sees results grouped by kind with the words marked, and opens one from the keyboard", async ({
    editor,
    reviewer,
    reviewerPage: page,
  }) => {
    const word = uniqueWord();
    const { source, claim } = await seedEnglish(editor, reviewer, word);
    await page.goto("/investigations");
    const box = page.getByRole("searchbox", { name: "Search", exact: true });
    // The box says its shortcut once the page's script can answer it.
    await expect(box).toHaveAttribute("aria-keyshortcuts", "/");
    await page.keyboard.press("/");
    await expect(box).toBeFocused();
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
    await expect(page.getByRole("status")).toHaveText(/4 results for “zq/);
    await expect(page).toHaveTitle(new RegExp(`${word} — 4 results — search`));

    for (const group of ["Claims", "Sources", "Evidence", "Comments"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${group} 1 result$`) })).toBeVisible();
    }
    const comments = page.getByRole("region", { name: /^Comments/ });
    await expect(comments.locator("p mark")).toHaveText([word]);
    await expect(comments).toContainText(`Ask the ministry about the ${word} manifests.`);
    await expect(page.getByRole("navigation", { name: "Kinds of result" }).getByRole("link", { name: "All 4" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousViolations(page);

    // ↓ from the box to the first result (claims come first), ↓ to the next, ↑ back, Enter opens it.
    await expect(box).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const claimLink = page.getByRole("region", { name: /^Claims/ }).getByRole("link");
    await expect(claimLink).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("region", { name: /^Sources/ }).getByRole("link")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(claimLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/sources/${source.id}?claim=${claim.id}`);

    // Back returns to the results; `/` typed in a field is a character, not the shortcut.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Outlet").fill("Wire/desk");
    await expect(page.getByLabel("Outlet")).toHaveValue("Wire/desk");
    await expect(box).not.toBeFocused();
  });

  test("Show more loads the next results of the same search and moves the focus to them", async ({ editor, reviewer, reviewerPage: page }) => {
    const word = uniqueWord();
    const lines = Array.from({ length: 23 }, (_, n) => `Flight ${n + 1} carried ${word} passengers.`);
    const source = await seedSource(editor, { title: "Flight log", text: lines.join("\n\n"), language: "en" }, reviewer);
    for (const line of lines) await reviewer.addClaim(source.id, line);
    await page.goto(`/search?q=${word}&kind=claim`);
    await expect(page.getByRole("status")).toContainText("Showing 20 of 23 results");
    const results = page.getByRole("region", { name: /^Claims/ }).getByRole("listitem");
    await expect(results).toHaveCount(20);
    await page.getByRole("button", { name: "Show more" }).click();
    await expect(results).toHaveCount(23);
    await expect(page.getByRole("button", { name: "Show more" })).toHaveCount(0);
    await expect(results.nth(20).getByRole("link")).toBeFocused();
  });
});

test.describe("searching in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("“carcel” finds the Spanish claim on “cárcel”, a filter narrows the results, a bad date is refused at its field", async ({
    page,
    editor,
    reviewer,
    browser,
  }) => {
    const word = uniqueWord();
    const spanish = await seedSource(
      editor,
      {
        title: `Traslados ${word}`,
        outlet: "El Diario",
        text: `Los detenidos del grupo ${word} fueron llevados a una cárcel de máxima seguridad.`,
        language: "es",
      },
      reviewer,
    );
    await reviewer.addClaim(spanish.id, `grupo ${word} fueron llevados a una cárcel`);
    await seedSource(
      editor,
      { title: `Transfers ${word}`, outlet: "Wire desk", text: `The ${word} group was taken to a prison (carcel in the notes).`, language: "en" },
      reviewer,
    );

    await signInInSpanish(page, reviewer);
    await page.getByRole("searchbox", { name: "Buscar", exact: true }).fill(`carcel ${word}`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText(new RegExp(`^3 resultados para «carcel ${word}»`));
    const claims = page.getByRole("region", { name: /^Afirmaciones/ });
    await expect(claims.getByRole("link").locator("mark")).toHaveText([word, "cárcel"]);
    await expect(page.getByRole("region", { name: /^Fuentes 2 resultados/ })).toBeVisible();
    await expectNoSeriousViolations(page);

    // Language: Spanish leaves only the Spanish source and its claim; the filter stays chosen.
    await page.getByText("Filtros", { exact: true }).click();
    await page.getByLabel("Idioma").selectOption("es");
    await page.getByRole("button", { name: "Aplicar filtros" }).click();
    await expect(page).toHaveURL(/language=es/);
    await expect(page.getByRole("status")).toHaveText(new RegExp(`^2 resultados para «carcel ${word}»`));
    await expect(page.getByRole("region", { name: /^Fuentes 1 resultado/ })).toContainText(`Traslados ${word}`);
    await expect(page.getByLabel("Idioma")).toHaveValue("es");

    // A day that does not exist: the message at "Desde", what was typed kept, no results shown.
    await page.getByLabel("Desde").fill("2025-02-30");
    await page.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(page.getByLabel("Desde")).toHaveValue("2025-02-30");
    await expect(page.getByLabel("Desde")).toHaveAccessibleDescription(/Ese día no existe en el calendario\./);
    await expect(page.getByRole("region", { name: /^Afirmaciones/ })).toHaveCount(0);

    // Words with nothing to look for, then a signed-out visitor: sent to sign in, nothing found.
    await page.goto("/search?q=-");
    await expect(page.getByText("Escribir una palabra para buscar: «-» no contiene ninguna palabra que buscar.")).toBeVisible();
    const stranger = await browser.newPage();
    await stranger.goto(`/search?q=carcel+${word}`);
    await expect(stranger).toHaveURL(/\/signin/);
    await stranger.close();
  });
});
