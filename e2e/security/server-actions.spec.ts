import { seededAdmin, createAccount, createApiToken, expect, signIn, test } from "../fixtures";
import {
  actionOutcome,
  captureAction,
  countRows,
  fingerprint,
  pageSessionCookie,
  replayAction,
  signInOverHttp,
  withFields,
  type CapturedAction,
  type Replay,
} from "./support";

/**
 * Server actions are public POST endpoints: these specs capture the real requests the pages
 * send (the `Next-Action` id and the encoded arguments; the capture is aborted, so nothing
 * reaches the server) and replay them directly, with another person's session, a foreign
 * Origin, no session at all, or past the proxy. Each replay that must be refused is checked
 * to write nothing, and each capture is also replayed as its owner, which must work — so a
 * refusal is never just a broken replay.
 */
/** Replays and returns the outcome, and whether the database changed. */
async function attempt(action: CapturedAction, replay: Replay) {
  const before = await fingerprint();
  const response = await replayAction(action, replay);
  return { outcome: actionOutcome(response), status: response.status, changed: (await fingerprint()) !== before };
}

const refusedUnchanged = { outcome: "refused", changed: false };

test.describe("server actions check their caller themselves", () => {
  test("an editor's “create investigation” replayed with a reviewer's session, without a session, or past the proxy is refused and writes nothing", async ({
    page,
  }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    const action = await captureAction(page, async () => {
      await page.getByLabel("New investigation").fill("Replayed investigation");
      await page.getByRole("button", { name: "Create investigation" }).click();
    });
    const reviewer = (await signInOverHttp(createAccount("reviewer"))).cookie!;
    const investigations = countRows("investigations");

    expect(await attempt(action, { cookie: reviewer }), "as a reviewer").toMatchObject(refusedUnchanged);
    expect(await attempt(action, {}), "signed out").toMatchObject(refusedUnchanged);
    // CVE-2025-29927: a header that once made Next.js skip middleware changes nothing, the action checks.
    expect(
      await attempt(action, { cookie: reviewer, headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } }),
      "with x-middleware-subrequest",
    ).toMatchObject(refusedUnchanged);
    expect(
      await attempt(action, { headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } }),
      "signed out, with x-middleware-subrequest",
    ).toMatchObject(refusedUnchanged);
    expect(countRows("investigations")).toBe(investigations);

    expect(await attempt(action, { cookie: await pageSessionCookie(page) }), "as the editor").toMatchObject({ outcome: "allowed", changed: true });
    expect(countRows("investigations")).toBe(investigations + 1);
  });

  test("an admin's “add person” replayed with an editor's session is refused", async ({ page }) => {
    await signIn(page, seededAdmin);
    await page.goto("/settings/people");
    const form = page.getByRole("form", { name: "Add person" });
    const action = await captureAction(page, async () => {
      await form.getByLabel("Email").fill(`replayed-${Date.now()}@e2e.test`);
      await form.getByRole("button", { name: "Add person" }).click();
    });
    const editor = (await signInOverHttp(createAccount("editor"))).cookie!;
    const users = countRows("users");
    expect(await attempt(action, { cookie: editor })).toMatchObject(refusedUnchanged);
    expect(countRows("users")).toBe(users);
    expect(await attempt(action, { cookie: await pageSessionCookie(page) })).toMatchObject({ outcome: "allowed", changed: true });
  });

  test("revoking someone else's API token by replaying their request (the token's id in the body) is refused", async ({ page, request }) => {
    const owner = createAccount("reviewer");
    const token = createApiToken(owner);
    await signIn(page, owner);
    await page.goto("/settings/tokens");
    const action = await captureAction(page, () => page.getByRole("button", { name: "Revoke e2e" }).click());
    const other = (await signInOverHttp(createAccount("reviewer"))).cookie!;
    const editor = (await signInOverHttp(createAccount("editor"))).cookie!;

    expect(await attempt(action, { cookie: other }), "another reviewer").toMatchObject(refusedUnchanged);
    expect(await attempt(action, { cookie: editor }), "an editor").toMatchObject(refusedUnchanged);
    const stillWorks = await request.post("/api/v1/investigations", { headers: { Authorization: `Bearer ${token}` }, data: { title: "x" } });
    expect(stillWorks.status(), "the token still authenticates (a reviewer may not create investigations)").toBe(403);

    expect(await attempt(action, { cookie: await pageSessionCookie(page) }), "the owner").toMatchObject({ outcome: "allowed", changed: true });
    expect((await request.post("/api/v1/investigations", { headers: { Authorization: `Bearer ${token}` }, data: { title: "x" } })).status()).toBe(401);
  });
});

test.describe("server actions refuse cross-site requests", () => {
  test("a replay with a foreign Origin or Origin: null is refused before the action runs, even with the right session", async ({ page }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    const action = await captureAction(page, async () => {
      await page.getByLabel("New investigation").fill("Cross-site investigation");
      await page.getByRole("button", { name: "Create investigation" }).click();
    });
    const cookie = await pageSessionCookie(page);
    const investigations = countRows("investigations");
    for (const origin of ["https://evil.example", "null", "http://127.0.0.2:3999", `http://localhost.evil.example`]) {
      const result = await attempt(action, { cookie, origin });
      expect(result, `Origin: ${origin}`).toMatchObject(refusedUnchanged);
      expect(result.status, `Origin: ${origin}`).toBeGreaterThanOrEqual(400);
    }
    expect(countRows("investigations")).toBe(investigations);
  });

  test("a request with no Origin (not a browser) still needs the session and the permission", async ({ page }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    const action = await captureAction(page, async () => {
      await page.getByLabel("New investigation").fill("Originless investigation");
      await page.getByRole("button", { name: "Create investigation" }).click();
    });
    const reviewer = (await signInOverHttp(createAccount("reviewer"))).cookie!;
    expect(await attempt(action, { origin: null }), "no session").toMatchObject(refusedUnchanged);
    expect(await attempt(action, { origin: null, cookie: reviewer }), "a reviewer's session").toMatchObject(refusedUnchanged);
    // Next.js lets Origin-less requests through (browsers always send Origin on POST); the editor's own is done.
    expect(await attempt(action, { origin: null, cookie: await pageSessionCookie(page) })).toMatchObject({ outcome: "allowed", changed: true });
  });

  test("a body over the 5 MB server action limit is refused at once and writes nothing", async ({ page }) => {
    const editor = createAccount("editor");
    await signIn(page, editor);
    await page.goto("/investigations");
    const action = await captureAction(page, async () => {
      await page.getByLabel("New investigation").fill("Huge investigation");
      await page.getByRole("button", { name: "Create investigation" }).click();
    });
    const huge = await withFields(action, { title: "x".repeat(6 * 1024 * 1024) });
    const before = await fingerprint();
    const started = performance.now();
    const response = await replayAction(action, { cookie: await pageSessionCookie(page), ...huge, headersOnly: true });
    // Next.js refuses it with "Body exceeded 5mb limit" (413), which a fetch action's response carries as 500.
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await fingerprint()).toBe(before);
  });
});
