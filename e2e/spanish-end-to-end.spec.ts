import { bearer } from "./api-client";
import { expect, signInInSpanish, test } from "./fixtures";

/*
 * Issue 18 end to end, as a desk working in Spanish: the interface is Spanish, a Spanish
 * source is added and its language detected, a suggested "unos 250 venezolanos" is accepted
 * and linked into a fact with an English claim, and the conflict between the two is explained
 * in Spanish, figures compared across the two languages.
 */
test.use({ locale: "es-ES" });

const spanishReport = [
  "Según fuentes del ministerio, el avión aterrizó el domingo con unos 250 venezolanos a bordo.",
  "Las familias esperaron noticias durante horas frente al aeropuerto.",
].join("\n\n");

test("a Spanish desk adds a Spanish source, accepts a suggested figure, links it with an English claim and reads the conflict in Spanish", async ({
  editor,
  page,
  request,
}) => {
  const headers = bearer(editor.token);
  const investigation = await editor.createInvestigation(`Vuelos de marzo ${crypto.randomUUID().slice(0, 8)}`);
  const wire = await editor.addSource(investigation.id, { title: "Wire", text: "The ministry said more than 300 Venezuelans were on the flights." });
  const english = await editor.addClaim(wire.id, "more than 300 Venezuelans");
  const fact = await editor.addFact(investigation.id, "Venezolanos trasladados", [english.id]);

  await signInInSpanish(page, editor);
  await page.goto(`/investigations/${investigation.id}`);
  await page.getByRole("link", { name: "Añadir fuente" }).click();
  const form = page.getByRole("form", { name: "Añadir fuente" });
  await form.getByLabel("Título").fill("Crónica del aeropuerto");
  await form.getByLabel("Texto").fill(spanishReport);
  await form.getByRole("button", { name: "Añadir fuente" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/sources/"));
  const sourceId = new URL(page.url()).pathname.split("/").pop()!;
  // Detected from the text, not chosen.
  await expect(page.getByText(/Idioma: .*\(es\)/)).toBeVisible();

  await page.getByRole("button", { name: "Aceptar la sugerencia: unos 250 venezolanos" }).click();
  await expect(page.getByText("Afirmación añadida: unos 250 venezolanos", { exact: false })).toBeAttached();
  const listed = await (await request.get(`/api/v1/sources/${sourceId}/claims`, { headers })).json();
  expect(listed.claims.map((claim: { selectors: Array<{ exact?: string }> }) => claim.selectors[0]?.exact)).toEqual(["unos 250 venezolanos"]);
  const [accepted] = listed.claims;

  await page.goto(`/sources/${sourceId}?claim=${accepted.id}`);
  const link = page.getByRole("form", { name: "Vincular a un hecho" });
  await link.getByLabel("Hecho", { exact: true }).selectOption({ label: "Venezolanos trasladados" });
  await link.getByRole("button", { name: "Vincular" }).click();
  const here = page.getByRole("list", { name: "Conflictos con esta afirmación" });
  await expect(here).toContainText("no pueden ser ciertas a la vez");

  // The fact page explains the conflict in Spanish; the figures keep the words each source wrote.
  await page.goto(`/facts/${fact.id}`);
  const conflicts = page.getByRole("list", { name: "Conflictos" });
  await expect(conflicts.getByRole("listitem")).toHaveCount(1);
  await expect(conflicts).toHaveText(
    "«more than 300 Venezuelans» frente a «unos 250 venezolanos»: «more than 300» y «unos 250» (225–275) no pueden ser ciertas a la vez",
  );
  const detail = await (await request.get(`/api/v1/facts/${fact.id}`, { headers })).json();
  expect(detail.comparisons).toEqual([expect.objectContaining({ result: "conflict" })]);
  // The API speaks English whatever the interface language.
  expect(detail.conflicts[0].reason).toContain("cannot both be true");
});
