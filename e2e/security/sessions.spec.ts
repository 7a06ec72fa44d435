import type { Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { sessionLimits } from "@/lib/session-limits";
import { e2eEnvironment } from "../setup/environment.mjs";
import { expect, newPerson, signIn, test, usersCli, type Account } from "../fixtures";
import {
  actionOutcome,
  captureAction,
  cookiePairs,
  countRows,
  fingerprint,
  pageSessionCookie,
  replayAction,
  send,
  signInOverHttp,
  type CapturedAction,
} from "./support";

/**
 * Sessions are JWTs, so a copy of the cookie outlives the browser's. These specs keep such a
 * copy and replay it after the session should have ended — on a page, a server action, the
 * export download and the live stream — and expect it to be refused on the very next request.
 */
/** An editor signed in in `page`, the page's "create investigation" action, and one investigation to export. */
async function editorSession(page: Page) {
  const editor = newPerson("editor");
  const investigation = await editor.createInvestigation("Sessions");
  await signIn(page, editor);
  await page.goto("/investigations");
  const action = await captureAction(page, async () => {
    await page.getByLabel("New investigation").fill("After the session");
    await page.getByRole("button", { name: "Create investigation" }).click();
  });
  return { editor, action, investigationId: investigation.id, cookie: await pageSessionCookie(page) };
}

/** What a kept copy of `cookie` can still do: read a page, run the action, export, listen to events. */
async function whatTheCopyCanDo(cookie: string, action: CapturedAction, investigationId: string) {
  const page = await send({ path: "/", headers: { Cookie: cookie } });
  const before = await fingerprint();
  const investigations = countRows("investigations");
  const replay = await replayAction(action, { cookie });
  const wrote = (await fingerprint()) !== before || countRows("investigations") !== investigations;
  const download = await send({ path: `/api/export/investigations/${investigationId}?format=csv`, headers: { Cookie: cookie } });
  const stream = await send({ path: `/api/v1/investigations/${investigationId}/events`, headers: { Cookie: cookie }, headersOnly: true });
  return {
    page: page.status === 200 ? "shown" : String(page.headers.location ?? page.status),
    action: `${actionOutcome(replay)}${wrote ? ", wrote" : ""}`,
    download: download.status,
    stream: stream.status,
  };
}

const refused = { page: expect.stringContaining("/signin"), action: "refused", download: 401, stream: 401 };

test.describe("a session ends on the next request", () => {
  test("signing out: a kept copy of the cookie is refused by pages, actions, downloads and the live stream", async ({ page }) => {
    const { action, investigationId, cookie } = await editorSession(page);
    expect(await whatTheCopyCanDo(cookie, action, investigationId)).toMatchObject({ page: "shown", download: 200, stream: 200 });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    expect(await whatTheCopyCanDo(cookie, action, investigationId)).toEqual(refused);
  });

  test("signing out through Auth.js's own route does the same", async ({ page }) => {
    const { action, investigationId, cookie } = await editorSession(page);
    const csrf = await send({ path: "/api/auth/csrf", headers: { Cookie: cookie } });
    const signOut = await send({
      method: "POST",
      path: "/api/auth/signout",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [cookie, ...cookiePairs(csrf)].join("; ") },
      body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken, callbackUrl: "/signin" }).toString(),
    });
    expect(signOut.status).toBe(302);
    expect(await whatTheCopyCanDo(cookie, action, investigationId)).toEqual(refused);
  });

  test("an old, signed-out copy cannot sign its owner out of a newer session", async ({ page }) => {
    const { editor, action, investigationId, cookie: old } = await editorSession(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const current = (await signInOverHttp(editor)).cookie!;
    const csrf = await send({ path: "/api/auth/csrf" });
    await send({
      method: "POST",
      path: "/api/auth/signout",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [old, ...cookiePairs(csrf)].join("; ") },
      body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken }).toString(),
    });
    expect(await whatTheCopyCanDo(current, action, investigationId)).toEqual({ page: "shown", action: "allowed, wrote", download: 200, stream: 200 });
  });

  for (const [change, run] of [
    ["disabling the account", (account: Account) => usersCli("disable", account.email)],
    ["demoting the editor to reviewer", (account: Account) => usersCli("set-role", account.email, "reviewer")],
    ["resetting the password", (account: Account) => usersCli("reset-password", account.email)],
  ] as const) {
    test(`${change} (the proxy still sees a well-formed token; the page, action and routes refuse it)`, async ({ page }) => {
      const { editor, action, investigationId, cookie } = await editorSession(page);
      run(editor);
      expect(await whatTheCopyCanDo(cookie, action, investigationId)).toEqual(refused);
    });
  }

  test("a tampered cookie counts as signed out", async ({ page }) => {
    const { action, investigationId, cookie } = await editorSession(page);
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    const middle = Math.floor(value.length / 2);
    const flipped = `${name}=${value.slice(0, middle)}${value[middle] === "A" ? "B" : "A"}${value.slice(middle + 1)}`;
    expect(await whatTheCopyCanDo(flipped, action, investigationId)).toEqual(refused);
  });
});

test.describe("sessions time out", () => {
  const salt = "authjs.session-token";
  const secret = e2eEnvironment.AUTH_SECRET;
  /** The page's real session token, re-signed with the server's secret as it would be `ago` seconds later or with another lifetime. */
  async function reminted(cookie: string, { signedInSecondsAgo, maxAge = sessionLimits.idleSeconds }: { signedInSecondsAgo: number; maxAge?: number }) {
    const claims = await decode({ token: cookie.slice(cookie.indexOf("=") + 1), secret, salt });
    if (!claims?.uid || typeof claims.signedInAt !== "number") throw new Error("The session token lacks its user or sign-in time");
    const token = await encode({ token: { ...claims, signedInAt: Math.floor(Date.now() / 1000) - signedInSecondsAgo }, secret, salt, maxAge });
    return `${salt}=${token}`;
  }

  test("every page request renews the cookie for the idle limit (2 h); a token past its expiry is refused", async ({ page }) => {
    const { action, investigationId, cookie } = await editorSession(page);
    const renewed = await send({ path: "/", headers: { Cookie: cookie } });
    const setCookie = ([] as string[]).concat(renewed.headers["set-cookie"] ?? []).find((value) => value.startsWith(`${salt}=`));
    const expires = Date.parse(/expires=([^;]+)/i.exec(setCookie ?? "")?.[1] ?? "");
    expect(Math.abs(expires - (Date.now() + sessionLimits.idleSeconds * 1000)), "the renewed cookie lasts the idle limit").toBeLessThan(60_000);

    const stillFresh = await reminted(cookie, { signedInSecondsAgo: 60 });
    expect(await whatTheCopyCanDo(stillFresh, action, investigationId)).toEqual({ page: "shown", action: "allowed, wrote", download: 200, stream: 200 });
    // Idle past the limit: the token's own expiry (a minute ago, beyond Auth.js's 15 s tolerance).
    const expired = await reminted(cookie, { signedInSecondsAgo: sessionLimits.idleSeconds + 60, maxAge: -60 });
    expect(await whatTheCopyCanDo(expired, action, investigationId)).toEqual(refused);
  });

  test("twelve hours after signing in the session ends however busy it was, and a token without a sign-in time is refused", async ({ page }) => {
    const { action, investigationId, cookie } = await editorSession(page);
    const busyAllDay = await reminted(cookie, { signedInSecondsAgo: sessionLimits.absoluteSeconds + 60 });
    expect(await whatTheCopyCanDo(busyAllDay, action, investigationId)).toEqual(refused);

    const claims = (await decode({ token: cookie.slice(cookie.indexOf("=") + 1), secret, salt }))!;
    const { signedInAt: _signedInAt, ...undated } = claims;
    void _signedInAt;
    const ageless = `${salt}=${await encode({ token: undated, secret, salt, maxAge: sessionLimits.idleSeconds })}`;
    expect(await whatTheCopyCanDo(ageless, action, investigationId)).toEqual(refused);
  });
});
