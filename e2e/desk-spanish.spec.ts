import type { Browser, Page } from "@playwright/test";
import { expect, newPerson, signInInSpanish, test, type Person } from "./fixtures";

/**
 * The desk in Spanish (issue 18 item 1): a reviewer whose browser asks for Spanish reads My
 * work, an investigation, its claim list and filters, a fact and their notifications in
 * Spanish, with Spanish dates and numbers; a refused form says why in Spanish at the field,
 * keeping what was typed. People's own words (titles, quotes) stay as they wrote them.
 */
test.use({ locale: "es-ES" });

/** A day before today (UTC), so a claim due then is overdue. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** "6 dic 2026": a calendar day as Spanish writes it (the interface's medium style, in UTC). */
const spanishDay = (day: string) => new Intl.DateTimeFormat("es-ES", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/** A page of `person`'s in a browser that asks for Spanish, signed in through the Spanish sign-in form. */
async function spanishPage(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await signInInSpanish(page, person);
  return page;
}

test("a reviewer works the desk in Spanish: My work, notifications, an investigation, its claim list, a fact", async ({ browser, editor, reviewer, world }) => {
  // The editor assigns the world's claim to the reviewer, due yesterday; two reviewers agree on its verdict;
  // a second claim joins it in a fact.
  const reviewerId = (await reviewer.api.json<{ id: string }>("GET", "me")).id;
  const editorName = (await editor.api.json<{ name: string }>("GET", "me")).name;
  await editor.reviewClaim(world.claim as { id: string; version: number }, { assigneeId: reviewerId, dueAt: yesterday() });
  const count = await reviewer.addClaim(world.sourceId, "238 Venezuelans");
  await editor.addFact(world.investigationId, "People flown", [world.claim.id as string, count.id as string]);
  await reviewer.addAssessment(world.claim.id as string, { verdictKey: "true" });
  await newPerson("reviewer").addAssessment(world.claim.id as string, { verdictKey: "true" });

  const page = await spanishPage(browser, reviewer);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // My work: Spanish headings, status and the overdue day written the Spanish way.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mi trabajo");
  const assigned = page.getByRole("list", { name: "Asignadas a mí" });
  await expect(assigned.getByRole("listitem")).toHaveCount(1);
  await expect(assigned).toContainText("“over 200 deportees”");
  await expect(assigned).toContainText("Abierta");
  await expect(assigned.getByTestId("due-date")).toHaveText(`Vencida: vencía el ${spanishDay(yesterday())}`);
  await expect(page.getByRole("heading", { name: /^Afirmaciones que sigo/ })).toBeVisible();

  // Notifications: the bell and the list say who did what in Spanish; the claim's words stay English.
  const bell = page.getByRole("banner").getByRole("button", { name: /^Notificaciones/ });
  await expect(bell).toHaveAccessibleName("Notificaciones, 1 sin leer");
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notificaciones");
  const item = page.getByRole("list", { name: "Notificaciones" }).getByRole("listitem");
  await expect(item).toContainText(`Afirmación asignada por ${editorName}`);
  await expect(item).toContainText("“over 200 deportees”");
  await expect(item.getByRole("button", { name: "Marcar como leída" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mostrar solo las no leídas" })).toBeVisible();

  // The investigation: Spanish labels, and agreement as a Spanish percentage ("100 %", a space before the sign).
  await page.goto(`/investigations/${world.investigationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(world.title);
  await expect(page.getByRole("link", { name: "Añadir fuente" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Hechos/ })).toBeVisible();
  await expect(page.getByTestId("facts-with-conflicts")).toHaveText("0 hechos de 1 tienen cifras en conflicto.");
  await expect(page.getByTestId("agreement")).toContainText(/100\s%\sde acuerdo/);
  await expect(page.getByTestId("agreement")).toContainText("sobre 1 afirmación");
  await expect(page.getByRole("list", { name: "Fuentes" })).toContainText("fecha desconocida");

  // The claim list: Spanish filters; choosing "Abierta" puts status=open in the address.
  await page.getByRole("link", { name: "Filtrar las afirmaciones" }).click();
  const filters = page.getByRole("form", { name: "Filtrar afirmaciones" });
  await filters.getByLabel("Estado").selectOption({ label: "Abierta" });
  await filters.getByLabel("Con conflicto").selectOption({ label: "No" });
  await filters.getByRole("button", { name: "Mostrar afirmaciones" }).click();
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByRole("list", { name: "Afirmaciones que cumplen los filtros" }).getByRole("listitem")).toHaveCount(2);
  await filters.getByLabel("Responsable").selectOption({ label: "Nadie" });
  await filters.getByRole("button", { name: "Mostrar afirmaciones" }).click();
  await expect(page.getByRole("list", { name: "Afirmaciones que cumplen los filtros" }).getByRole("listitem")).toHaveCount(1);

  // The fact page: Spanish table, and a refused correction said in Spanish at its field with the typed words kept.
  await page.goto(`/investigations/${world.investigationId}`);
  await page
    .getByRole("list", { name: "Hechos" })
    .getByRole("link", { name: /People flown/ })
    .click();
  await expect(page.getByText("Hecho", { exact: true })).toBeVisible();
  await expect(page.getByText("No hay cifras en conflicto: todos los pares de lecturas son compatibles.")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Cifra leída como" })).toBeVisible();
  await page.getByText("Corregir la lectura").first().click();
  const correction = page.getByRole("form", { name: /^Corregir la lectura de/ }).first();
  await correction.getByLabel("Desde").fill("doscientos");
  await correction.getByRole("button", { name: "Guardar lectura" }).click();
  await expect(correction.getByLabel("Desde")).toHaveAccessibleDescription(/El extremo inferior tiene que ser un número/);
  await expect(correction.getByLabel("Desde")).toHaveValue("doscientos");
  await expect(correction.getByTestId("form-message")).toHaveText("Corrige los campos marcados abajo.");
});

test("adding a source in Spanish: a file left out is asked for in Spanish, the typed title kept", async ({ browser, reviewer, world }) => {
  const page = await spanishPage(browser, reviewer);
  await page.goto(`/investigations/${world.investigationId}/sources/new`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Añadir una fuente");
  const upload = page.getByRole("form", { name: "Subir un archivo" });
  await upload.getByLabel("Título (opcional)").fill("Comunicado oficial");
  await upload.getByRole("button", { name: "Subir" }).click();
  await expect(upload.getByLabel("Archivo")).toHaveAccessibleDescription(/Elegir un archivo \.txt, \.md o \.html\./);
  await expect(upload.getByLabel("Título (opcional)")).toHaveValue("Comunicado oficial");
  // The paste form counts the text's size as Spanish writes numbers: a decimal comma.
  const paste = page.getByRole("form", { name: "Añadir fuente" });
  await paste.getByLabel("Texto").fill("a".repeat(1536));
  await expect(paste.getByText("2 KB de 2,0 MB")).toBeVisible();
});
