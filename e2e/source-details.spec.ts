import { bearer } from "./api-client";
import { expect, newPerson, seedSource, test } from "./fixtures";

const text = "Officials counted over 200 deportees on the first plane. A later list named 238 Venezuelans.";

/** The source: in an editor's investigation of its own, added by its creator, a reviewer. */
const flightsLand = { title: "Flights land", outlet: "Wire", text };

test.describe("source details", () => {
  test("the source's creator corrects its outlet and publication date; a bad date is explained at the field and kept", async ({
    reviewer: creator,
    reviewerPage: page,
    editor,
    request,
  }) => {
    const source = await seedSource(editor, flightsLand, creator);
    await page.goto(`/sources/${source.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Source details" });
    await expect(form.getByLabel("Title")).toBeFocused();
    await form.getByLabel("Outlet").fill("El Faro");
    await form.getByLabel("Publication date").fill("2025-02-30");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.getByText("That day does not exist in the calendar.")).toBeVisible();
    await expect(form.getByLabel("Publication date")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Publication date")).toHaveValue("2025-02-30");
    await expect(form.getByLabel("Outlet")).toHaveValue("El Faro");

    await form.getByLabel("Publication date").fill("2025-03-16");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByText("published 16 Mar 2025")).toBeVisible();
    await expect(page.getByText("El Faro").first()).toBeVisible();
    // Focus goes back to the button that opened the form.
    await expect(page.getByRole("button", { name: "Edit details" })).toBeFocused();

    const read = await request.get(`/api/v1/sources/${source.id}`, { headers: bearer(editor.token) });
    expect(read.headers().etag).toBe('"v2"');
    expect(await read.json()).toMatchObject({ outlet: "El Faro", publishedAt: "2025-03-16", version: 2 });
  });

  test("another reviewer sees no Edit details and the API refuses them", async ({ reviewer: other, reviewerPage: page, editor, request }) => {
    const source = await seedSource(editor, flightsLand, newPerson("reviewer"));
    await page.goto(`/sources/${source.id}`);
    await expect(page.getByRole("link", { name: "Edit text" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
    const refused = await request.patch(`/api/v1/sources/${source.id}`, {
      headers: { ...bearer(other.token), "If-Match": '"v1"' },
      data: { outlet: "Mine" },
    });
    expect(refused.status()).toBe(403);
    expect((await (await request.get(`/api/v1/sources/${source.id}`, { headers: bearer(editor.token) })).json()).outlet).toBe("Wire");
  });

  test("an editor whose form went stale sees the other person's details beside the draft, keeps the draft, and saves over them deliberately", async ({
    reviewer: creator,
    editor,
    editorPage: page,
    request,
  }) => {
    const source = await seedSource(editor, flightsLand, creator);
    await page.goto(`/sources/${source.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Source details" });
    await form.getByLabel("Outlet").fill("Reuters");

    // Meanwhile the creator changes the outlet through the API.
    const theirs = await request.patch(`/api/v1/sources/${source.id}`, {
      headers: { ...bearer(creator.token), "If-Match": '"v1"' },
      data: { outlet: "El Faro" },
    });
    expect(theirs.status()).toBe(200);
    const stale = await request.patch(`/api/v1/sources/${source.id}`, { headers: { ...bearer(editor.token), "If-Match": '"v1"' }, data: { outlet: "AP" } });
    expect(stale.status()).toBe(412);

    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form.getByTestId("form-message")).toContainText("Someone else changed this source");
    await expect(form.getByTestId("their-version")).toContainText("El Faro");
    await expect(form.getByLabel("Outlet")).toHaveValue("Reuters");
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByText("Reuters").first()).toBeVisible();
    expect((await (await request.get(`/api/v1/sources/${source.id}`, { headers: bearer(editor.token) })).json()).outlet).toBe("Reuters");
  });
});
