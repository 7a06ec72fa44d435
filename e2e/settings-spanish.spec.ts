import { expect, signInInSpanish, test } from "./fixtures";

/*
 * The interface in Spanish: the browser asks for it (Accept-Language es-ES), the sign-in page
 * switches language, Settings → Profile chooses it for the person, and forms refuse bad input
 * in it, at the field, keeping what was typed. The HTTP API answers in English all the same.
 */
test.use({ locale: "es-ES" });

test.describe("settings in Spanish", () => {
  test("the sign-in page follows the browser and its switch; the profile chooses the workspace's language", async ({ page, admin }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");

    const languages = page.getByRole("form", { name: "Idioma de esta página" });
    await languages.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("form", { name: "Language of this page" }).getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();

    await page.getByLabel("Correo electrónico").fill(admin.email);
    await page.getByLabel("Contraseña").fill(admin.password);
    await page.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(page.getByTestId("current-user")).toContainText(admin.email);
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Investigaciones" })).toBeVisible();

    // The person's own choice outranks the browser: English, then Spanish again.
    const menu = page.getByRole("navigation", { name: "Ajustes" });
    await page.goto("/settings/profile");
    await page.getByLabel("Idioma de la interfaz").selectOption("en");
    await page.getByRole("button", { name: "Guardar perfil" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Profile saved.");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "People" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Investigations" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.getByLabel("Interface language").selectOption("es");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Perfil guardado.");
    await expect(menu.getByRole("link", { name: "Personas" })).toBeVisible();
    await menu.getByRole("link", { name: "Personas" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Personas" })).toBeVisible();
    await expect(page).toHaveTitle(/Personas/);
    await expect(page.getByRole("columnheader", { name: "Estado" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(admin.email) })).toContainText("Administrador/a (cuenta propia)");
  });

  test("adding a person with a bad email is refused in Spanish at the field, keeping what was typed; the API answers in English", async ({
    page,
    admin,
    request,
  }) => {
    await signInInSpanish(page, admin);
    await page.goto("/settings/people");
    const form = page.getByRole("form", { name: "Añadir persona" });
    await form.getByLabel("Correo electrónico").fill("no-es-un-correo");
    await form.getByLabel("Nombre").fill("Alguien");
    await form.getByLabel("Rol").selectOption({ label: "Editor/a" });
    await form.getByRole("button", { name: "Añadir persona" }).click();
    const email = form.getByLabel("Correo electrónico");
    await expect(email).toHaveAccessibleDescription("Escribir una dirección de correo como nombre@redaccion.org.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue("no-es-un-correo");
    await expect(form.getByLabel("Nombre")).toHaveValue("Alguien");
    await expect(form.getByLabel("Rol")).toHaveValue("editor");
    await expect(page.getByTestId("form-message")).toHaveText("Corrige los campos marcados abajo.");

    // A refusal of the query (an existing account), in Spanish at the same field.
    await email.fill(admin.email);
    await form.getByRole("button", { name: "Añadir persona" }).click();
    await expect(email).toHaveAccessibleDescription("Ya existe una cuenta con este correo.");
    await expect(page.getByTestId("form-message")).toHaveText("Ya existe una cuenta con este correo.");
    await expect(email).toHaveValue(admin.email);

    // The same kind of refusal from the API, asked in Spanish, is in English.
    const response = await request.post("/api/v1/investigations", {
      headers: { Authorization: `Bearer ${admin.token}`, "Accept-Language": "es-ES" },
      data: { title: " " },
    });
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields).toEqual({ title: "The title is required." });
  });

  test("a token without a name is refused in Spanish; a created token's date reads in Spanish", async ({ page, admin }) => {
    await signInInSpanish(page, admin);
    await page.goto("/settings/tokens");
    await expect(page.getByRole("heading", { level: 1, name: "Tokens de la API" })).toBeVisible();
    const form = page.getByRole("form", { name: "Crear token" });
    await form.getByRole("button", { name: "Crear token" }).click();
    const name = form.getByLabel("Nombre del token");
    await expect(name).toHaveAccessibleDescription("El nombre es obligatorio.");
    await expect(name).toHaveAttribute("aria-invalid", "true");

    await name.fill("n".repeat(81));
    await form.getByRole("button", { name: "Crear token" }).click();
    await expect(name).toHaveAccessibleDescription("El nombre admite como máximo 80 caracteres.");
    await expect(name).toHaveValue("n".repeat(81));

    await name.fill("Importación del CMS");
    await form.getByRole("button", { name: "Crear token" }).click();
    await expect(page.getByText("Copiar el nuevo token ahora: no se volverá a mostrar.")).toBeVisible();
    const tokens = page.getByRole("list", { name: "Tokens propios" });
    const month = /(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/;
    await expect(tokens.getByRole("listitem").filter({ hasText: "Importación del CMS" })).toContainText(
      new RegExp(`creado el \\d{1,2} ${month.source} \\d{4}, \\d{1,2}:\\d{2} UTC · sin usar`),
    );
    await expect(tokens.getByRole("button", { name: "Revocar Importación del CMS" })).toBeVisible();
  });
});
