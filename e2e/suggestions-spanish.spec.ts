import { bearer } from "./api-client";
import { expect, seedSource, test } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

/** A Spanish report written for this test (issue 18, item 3). */
const informe = {
  language: "es",
  title: "Vuelos a El Salvador",
  outlet: "Diario de prueba",
  text: [
    "Según el ministerio, el domingo 16 de marzo de 2025 llegaron unos 250 venezolanos al aeropuerto de la capital.",
    "«Nadie nos avisó de nada», dijo una madre que esperaba frente a la cárcel.",
  ].join("\n\n"),
};

test("a Spanish source's suggestions and figures are read in Spanish", async ({ editor, editorPage: page, request }) => {
  const source = await seedSource(editor, informe);
  const reader = new ReaderPage(page);
  await reader.goto(source.id);

  // Spanish dates, quotes with their attribution, and hedged figures are suggested.
  await expect(page.getByRole("button", { name: "Accept suggestion: el domingo 16 de marzo de 2025" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Accept suggestion: «Nadie nos avisó de nada», dijo una madre" })).toBeEnabled();
  await page.getByRole("button", { name: "Accept suggestion: unos 250 venezolanos" }).click();
  await expect(reader.claimList).toContainText("“unos 250 venezolanos”");

  // The accepted claim's figure is read as Spanish: "unos 250" is about 250, not exactly 250.
  const headers = bearer(editor.token);
  const other = await editor.addSource(source.investigationId, {
    title: "Registro",
    text: "El registro oficial enumera exactamente 300 venezolanos.",
    language: "es",
  });
  const listed = await (await request.get(`/api/v1/sources/${source.id}/claims`, { headers })).json();
  expect(listed.claims).toHaveLength(1);
  const [accepted] = listed.claims;
  expect(accepted.selectors[0]).toMatchObject({ exact: "unos 250 venezolanos" });
  const exact = await editor.addClaim(other.id, "exactamente 300 venezolanos");
  const fact = await editor.addFact(source.investigationId, "Venezolanos llegados el 16 de marzo", [accepted.id, exact.id]);
  const detail = await (await request.get(`/api/v1/facts/${fact.id}`, { headers })).json();
  expect(detail.claims.map((claim: { quantity: unknown }) => claim.quantity)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ hedge: "approximately", low: 225, high: 275, unit: "venezolanos" }),
      expect.objectContaining({ hedge: "exact", low: 300, high: 300, unit: "venezolanos" }),
    ]),
  );
  expect(detail.conflicts).toHaveLength(1);

  await page.goto(`/facts/${fact.id}`);
  await expect(page.getByRole("table")).toContainText("225–275");
  await expect(page.getByRole("list", { name: "Conflicts" }).getByRole("listitem")).toHaveCount(1);
});
