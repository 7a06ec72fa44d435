import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ReaderPage } from "./pages/reader-page";

/** Spanish month abbreviations as Intl writes them ("16 mar 2025"). */
const spanishMonth = "(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)";

/** Chooses Spanish in Settings → Profile, as a person would; the workspace speaks it from then on. */
async function chooseSpanish(page: Page) {
  await page.goto("/settings/profile");
  await page.getByLabel("Interface language").selectOption("es");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Perfil guardado.");
}

test.describe("the reader and the claim panel in Spanish", () => {
  test("the demo source reads in Spanish: its labels, help, legend and dates", async ({ editorPage: page }) => {
    await chooseSpanish(page);
    await page.goto("/investigations");
    await page.getByRole("link", { name: /Deportation flights to El Salvador, March 2025/ }).click();
    await page.getByRole("link", { name: /US flies deportees to El Salvador/ }).click();

    const reader = page.getByTestId("source-text");
    await expect(reader).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("textbox", { name: "Texto de la fuente" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Afirmaciones/ })).toBeVisible();
    await expect(page.getByText("Para resaltar una afirmación, seleccionar palabras y pulsar")).toBeVisible();
    await expect(page.getByRole("list", { name: "Colores del resaltado" })).toContainText("Sin veredicto todavía");
    await expect(page.getByRole("link", { name: "Editar texto" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Editar datos" })).toBeVisible();
    // The publication date in the Spanish form, and the version line with its saved time.
    await expect(page.getByText("publicada el 16 mar 2025")).toBeVisible();
    await expect(page.getByText(new RegExp(`^Versión 1 · [\\d.]+ palabras · guardada el \\d{1,2} ${spanishMonth} \\d{4}, \\d{1,2}:\\d{2} UTC$`))).toBeVisible();
    // The demo's claims, and the suggestions that arrive after hydration, each kind named in Spanish. The source's words stay as written.
    await expect(
      page.getByRole("list", { name: "Afirmaciones en el orden del texto" }).getByRole("button", { name: "Afirmación 1 de 2: over 200 deportees" }),
    ).toBeVisible();
    const suggestions = page.getByRole("list", { name: "Sugerencias" });
    await expect(suggestions).toContainText("cifra");
    await expect(suggestions.getByRole("button", { name: /^Aceptar la sugerencia: / }).first()).toBeVisible();
  });

  test("a claim is added from a selection, given a verdict, refused in Spanish at the field, and its history is dated in Spanish", async ({
    editorPage: page,
    world,
  }) => {
    await chooseSpanish(page);
    const reader = new ReaderPage(page);
    await reader.goto(world.sourceId);

    await reader.selectWithMouse("238 Venezuelans");
    await page
      .getByRole("toolbar", { name: "Selección" })
      .getByRole("button", { name: /Añadir afirmación/ })
      .click();
    await expect(reader.announcement).toHaveText("Afirmación añadida: 238 Venezuelans");
    const claims = page.getByRole("list", { name: "Afirmaciones en el orden del texto" });
    await expect(claims.getByRole("button", { name: "Afirmación 2 de 2: 238 Venezuelans" })).toBeVisible();
    const panel = page.getByTestId("checking-panel");
    const history = panel.getByRole("list", { name: "Historial" });
    await expect(history).toContainText("resaltó la afirmación “238 Venezuelans”");
    await expect(page.getByRole("region", { name: "Afirmación abierta" })).toContainText("Resaltada por");

    // What approval lacks, named in Spanish; then a verdict, saved in Spanish.
    const review = page.getByRole("form", { name: "Veredicto y estado" });
    await expect(panel.getByTestId("claim-status")).toHaveText("Abierta");
    await expect(review).toContainText("Para aprobarla falta un veredicto, una justificación escrita, al menos una evidencia.");
    // The rationale's length limit, grouped the Spanish way.
    await expect(review.getByTestId("length-counter")).toHaveText("0 / 20.000");
    await review.getByLabel("Veredicto", { exact: true }).selectOption({ label: "Mostly false" });
    await review.getByRole("button", { name: "Guardar", exact: true }).click();
    await expect(review.getByTestId("form-message")).toHaveText("Guardado.");

    // A refusal: recording an independent verdict without choosing one says so at that field, in Spanish, and keeps the note.
    const own = page.getByRole("form", { name: "Veredicto independiente propio" });
    await own.getByLabel("Nota").fill("Cuenta oficial: 261 personas");
    await own.getByRole("button", { name: "Registrar mi veredicto" }).click();
    await expect(own.getByTestId("form-message")).toHaveText("Corrige los campos marcados abajo.");
    const ownVerdict = own.getByLabel("Veredicto propio");
    await expect(ownVerdict).toHaveAttribute("aria-invalid", "true");
    await expect(ownVerdict).toHaveAccessibleDescription(/Falta elegir el veredicto\./);
    await expect(own.getByLabel("Nota")).toHaveValue("Cuenta oficial: 261 personas");

    // The history says what happened in Spanish, dated the Spanish way.
    const verdictSet = history.getByRole("listitem").filter({ hasText: "puso el veredicto Mostly false" });
    await expect(verdictSet).toBeVisible();
    await expect(verdictSet.locator("time")).toHaveText(new RegExp(`^\\d{1,2} ${spanishMonth} \\d{4}, \\d{1,2}:\\d{2} UTC$`));
  });
});
