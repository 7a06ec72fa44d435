import type { ApiRow } from "./api-client";
import { expect, test } from "./fixtures";

/** Written for this test: a short Spanish news paragraph. */
const spanishText = `La Presidencia salvadoreña habló el domingo de unos 250 venezolanos trasladados a una cárcel de máxima seguridad.

Una lista entregada después a la prensa recoge a 238 venezolanos y a una veintena de salvadoreños.`;

test.describe("sources in several languages", () => {
  test("a Spanish source's language is detected when it is added, shown, and changed", async ({ editor, editorPage: page }) => {
    const investigation = await editor.createInvestigation("Vuelos a El Salvador");
    await page.goto(`/investigations/${investigation.id}/sources/new`);
    const form = page.getByRole("form", { name: "Add source" });
    await form.getByLabel("Title", { exact: true }).fill("Lo que se sabe de los vuelos");
    // Left to detection unless someone chooses.
    await expect(form.getByLabel("Language", { exact: true })).toHaveValue("");
    await form.getByLabel("Text", { exact: true }).fill(spanishText);
    await page.getByRole("button", { name: "Add source" }).click();

    await expect(page.getByTestId("source-language")).toHaveText("Language: Spanish (es)");
    // The text says its language (screen readers read it as Spanish); the interface around it stays English.
    await expect(page.getByTestId("source-text").locator("p").first()).toHaveAttribute("lang", "es");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const sourceId = new URL(page.url()).pathname.split("/").pop()!;
    expect((await editor.api.json("GET", `sources/${sourceId}`)).language).toBe("es");

    await page.getByRole("button", { name: "Edit details" }).click();
    const details = page.getByRole("form", { name: "Source details" });
    const language = details.getByLabel("Language", { exact: true });
    await expect(language).toHaveValue("es");
    // Spanish and English are offered first.
    await expect(language.locator("option").nth(0)).toHaveText("Spanish (es)");
    await expect(language.locator("option").nth(1)).toHaveText("English (en)");
    await language.selectOption("ca");
    await details.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByTestId("source-language")).toHaveText("Language: Catalan (ca)");
    await expect(page.getByTestId("source-text").locator("p").first()).toHaveAttribute("lang", "ca");
    expect((await editor.api.json("GET", `sources/${sourceId}`)).language).toBe("ca");

    await page.goto(`/investigations/${investigation.id}`);
    await expect(page.getByRole("list", { name: "Sources" }).getByRole("listitem")).toContainText("Catalan (ca)");

    // Named in the reader's interface language.
    await page.context().addCookies([{ name: "locale", value: "es", url: new URL(page.url()).origin }]);
    await page.goto(`/sources/${sourceId}`);
    await expect(page.getByTestId("source-language")).toHaveText("Idioma: Catalán (ca)");
  });

  test("a language given to the API wins over detection, and a code that is no language is refused at its field", async ({ editor }) => {
    const investigation = await editor.createInvestigation("Languages by the API");
    const given = await editor.addSource(investigation.id, { title: "Given", text: spanishText, language: "pt" });
    expect(given.language).toBe("pt");
    const refused = await editor.api.send("POST", `investigations/${investigation.id}/sources`, { title: "Refused", text: spanishText, language: "xx" });
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.text).error.fields.language).toMatch(/ISO 639-1/);
  });

  test("the fact page lists the pairs whose figures were not compared, and why, in the reader's language", async ({ editor, reviewer, reviewerPage: page }) => {
    const investigation = await editor.createInvestigation("Who was flown");
    const wire = await reviewer.addSource(investigation.id, {
      title: "Wire",
      publishedAt: "2025-03-16",
      text: "Officials said over 200 deportees had landed by Sunday night, roughly 250 Venezuelans among them.",
    });
    const ledger = await reviewer.addSource(investigation.id, {
      title: "Ledger",
      publishedAt: "2025-03-17",
      text: "The presidency said more than 250 Venezuelans were taken to the prison.",
    });
    const cauce = await reviewer.addSource(investigation.id, { title: "El Cauce", publishedAt: "2025-03-19", text: spanishText });
    expect([wire.language, ledger.language, cauce.language]).toEqual(["en", "en", "es"]);
    const claim = (source: ApiRow, exact: string) => reviewer.addClaim(source.id, exact).then((row) => row.id);
    const [deportees, roughly, moreThan, venezolanos] = [
      await claim(wire, "over 200 deportees"),
      await claim(wire, "roughly 250 Venezuelans"),
      await claim(ledger, "more than 250 Venezuelans"),
      await claim(cauce, "238 venezolanos"),
    ];
    const fact = await reviewer.addFact(investigation.id, "Flown to El Salvador", [deportees, roughly, moreThan, venezolanos]);

    // The API names every pair: no conflict never hides not compared.
    const detail = await reviewer.api.json("GET", `facts/${fact.id}`);
    expect(detail.conflicts).toEqual([{ a: moreThan, b: venezolanos, reason: "238 is not more than 250" }]);
    expect(detail.comparisons).toEqual([
      { a: deportees, b: roughly, result: "not-compared", reason: "they count different things: ‘deportees’ and ‘Venezuelans’" },
      { a: deportees, b: moreThan, result: "not-compared", reason: "they count different things: ‘deportees’ and ‘Venezuelans’" },
      { a: deportees, b: venezolanos, result: "not-compared", reason: "they count different things: ‘deportees’ and ‘venezolanos’" },
      { a: roughly, b: moreThan, result: "consistent", reason: "‘roughly 250’ (225–275) and ‘more than 250’ can both be true" },
      { a: roughly, b: venezolanos, result: "consistent", reason: "‘roughly 250’ (225–275) and ‘238’ can both be true" },
      { a: moreThan, b: venezolanos, result: "conflict", reason: "238 is not more than 250" },
    ]);

    await page.goto(`/facts/${fact.id}`);
    const notCompared = page.getByRole("list", { name: "Pairs not compared" });
    await expect(page.getByRole("heading", { name: "3 pairs not compared" })).toBeVisible();
    await expect(notCompared.getByRole("listitem")).toHaveCount(3);
    await expect(notCompared.getByRole("listitem").first()).toHaveText(
      "“over 200 deportees” and “roughly 250 Venezuelans”: they count different things: ‘deportees’ and ‘Venezuelans’",
    );
    await expect(page.getByRole("list", { name: "Conflicts" })).toHaveText("“more than 250 Venezuelans” vs “238 venezolanos”: 238 is not more than 250");

    // The same page in Spanish: the reasons are written in the reader's language.
    await page.context().addCookies([{ name: "locale", value: "es", url: new URL(page.url()).origin }]);
    await page.reload();
    await expect(page.getByRole("heading", { name: "3 pares sin comparar" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Pares sin comparar" }).getByRole("listitem").first()).toHaveText(
      "«over 200 deportees» y «roughly 250 Venezuelans»: cuentan cosas distintas: «deportees» y «Venezuelans»",
    );
    await expect(page.getByRole("list", { name: "Conflictos" })).toHaveText("«more than 250 Venezuelans» frente a «238 venezolanos»: 238 no es más de 250");
  });
});
