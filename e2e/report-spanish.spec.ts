import type { Page } from "@playwright/test";
import { bearer } from "./api-client";
import { expect, newPerson, test } from "./fixtures";
import { exportFromMenu, pdfText } from "./pages/export-menu";

const wireText = "The government said over 200 deportees were flown to San Salvador on Sunday. A lawyer for several families disputed the account on Monday.";

/** The investigation's settings panel (closed at first, so its form is found by its markup, not its role). */
const settingsPanel = (page: Page) => page.locator("details", { has: page.locator('form[aria-label="Report language"]') });

test("an editor sets the report language to Spanish and the HTML, Markdown and PDF reports are written in Spanish", async ({ editor, editorPage: page }) => {
  test.setTimeout(120_000);
  const investigation = await editor.createInvestigation("Vuelos de deportación, marzo de 2025");
  const wire = await editor.addSource(investigation.id, { title: "Deportees flown out", outlet: "Harbour Wire", publishedAt: "2025-03-17", text: wireText });
  const over = await editor.addClaim(wire.id, "over 200 deportees");
  await editor.addEvidence(over.id, { url: "https://gov.example/manifest", outlet: "Ministry", quote: "238", stance: "supports" });
  const reviewed = await editor.reviewClaim(over, { verdictKey: "mostly-true", rationale: "The manifests list **261** people." });
  await newPerson("editor").reviewClaim(reviewed, { status: "approved" });

  // The interface stays English (the browser's language); only the reports change language.
  await page.goto(`/investigations/${investigation.id}`);
  const form = page.getByRole("form", { name: "Report language" });
  await settingsPanel(page).locator("summary").click();
  await expect(form.getByLabel("Report language")).toHaveValue("en");
  await form.getByLabel("Report language").selectOption({ label: "Español" });
  await form.getByRole("button", { name: "Save report language" }).click();
  await expect(form.getByRole("status")).toHaveText("Reports are now written in Spanish.");
  await page.reload();
  await settingsPanel(page).locator("summary").click();
  await expect(form.getByLabel("Report language")).toHaveValue("es");

  const html = (await exportFromMenu(page, "Report (HTML)")).bytes.toString();
  expect(html).toContain('<html lang="es">');
  for (const heading of ["Fuentes", "Resumen", "Afirmaciones", "Hechos"]) expect(html).toContain(`>${heading}</h2>`);
  expect(html).toContain("Informe de verificación");
  expect(html).toContain("17 de marzo de 2025");
  expect(html).toContain("Mayormente verdadero");
  expect(html).not.toContain(">Sources</h2>");

  const markdown = (await exportFromMenu(page, "Report (Markdown)")).bytes.toString();
  expect(markdown).toMatch(/^# Vuelos de deportación, marzo de 2025$/m);
  expect(markdown.match(/^## .*$/gm)).toEqual(["## Fuentes", "## Resumen", "## Afirmaciones"]);
  expect(markdown).toContain("Estado: Aprobada · Veredicto: Mayormente verdadero");
  expect(markdown).toContain("publicada el 17 de marzo de 2025");

  const pdf = (await exportFromMenu(page, "Report (PDF)")).bytes;
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(pdf).replace(/\s+/g, " ");
  // The kicker is set in capitals by the report's style.
  for (const words of [
    "INFORME DE VERIFICACIÓN",
    "Fuentes",
    "Resumen",
    "Afirmaciones por veredicto",
    "Mayormente verdadero",
    "17 de marzo de 2025",
    "over 200 deportees",
  ])
    expect(text).toContain(words);
  for (const english of ["FACT-CHECK REPORT", "Summary", "Claims by verdict", "Not yet rated"]) expect(text).not.toContain(english);
});

test("the API reads and sets an investigation's report language, and refuses a language reports are not written in", async ({ editor, request }) => {
  const investigation = await editor.createInvestigation("Report language over the API");
  await editor.addSource(investigation.id, { title: "Deportees flown out", publishedAt: "2025-03-17", text: wireText });
  const headers = bearer(editor.token);
  const read = await request.get(`/api/v1/investigations/${investigation.id}`, { headers });
  expect(await read.json()).toMatchObject({ reportLanguage: "en" });
  const etag = read.headers()["etag"]!;

  const refused = await request.patch(`/api/v1/investigations/${investigation.id}`, {
    headers: { ...headers, "If-Match": etag },
    data: { reportLanguage: "fr" },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields).toHaveProperty("reportLanguage");

  const changed = await request.patch(`/api/v1/investigations/${investigation.id}`, {
    headers: { ...headers, "If-Match": etag },
    data: { reportLanguage: "es" },
  });
  expect(changed.status()).toBe(200);
  expect(await changed.json()).toMatchObject({ reportLanguage: "es", publishedUrl: null });
  const markdown = await request.get(`/api/v1/investigations/${investigation.id}/export?format=md`, { headers });
  expect(await markdown.text()).toContain("## Fuentes");
});
