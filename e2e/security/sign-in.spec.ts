import type { Page } from "@playwright/test";
import { benchAdminPassword, startBenchServer } from "../bench/server";
import { createAccount, createApiToken, expect, test, type Account } from "../fixtures";
import {
  captureAction,
  cookiePairs,
  origin,
  replayAction,
  send,
  sessionCookieOf,
  setCookies,
  signInOverHttp,
  withFields,
  type CapturedAction,
  type RawResponse,
} from "./support";

/**
 * Signing in, attacked: the sign-in form's real server action is captured once and replayed
 * from several loopback addresses (distinct clients to the server: 127.0.0.41, …), so the
 * throttles can be driven without slowing down any other test's sign-ins from localhost.
 */
const wrongMessage = "That email and password do not match an active account.";

let signInAction: CapturedAction;

async function captureSignIn(page: Page): Promise<CapturedAction> {
  await page.goto("/signin");
  return captureAction(page, async () => {
    await page.getByLabel("Email").fill("someone@e2e.test");
    await page.getByLabel("Password").fill("a password");
    await page.getByRole("button", { name: "Sign in" }).click();
  });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  signInAction = await captureSignIn(page);
  await page.close();
});

/** The form's sign-in, sent from `from` (with extra headers, e.g. a spoofed X-Forwarded-For). */
async function signInWithForm(
  email: string,
  password: string,
  { from, callbackUrl = "/", headers }: { from: string; callbackUrl?: string; headers?: Record<string, string> },
) {
  const body = await withFields(signInAction, { email, password, callbackUrl });
  return replayAction(signInAction, { ...body, from, headers });
}

/** Where a server action's response sends the browser, if anywhere. */
const redirectOf = (response: RawResponse) => String(response.headers["x-action-redirect"] ?? response.headers.location ?? "").split(";")[0]!;
const messageOf = (response: RawResponse) =>
  /Too many failed sign-in attempts\. Wait [^."]+, then try again\.|That email and password do not match an active account\./.exec(response.text)?.[0];

test.describe("no user enumeration", () => {
  test("an unknown email and a wrong password get the same status, message and redirect, from the form and from Auth.js's route", async () => {
    const account = createAccount("reviewer");
    const wrong = await signInWithForm(account.email, "not the password", { from: "127.0.0.41" });
    const unknown = await signInWithForm(`nobody-${Date.now()}@e2e.test`, "not the password", { from: "127.0.0.41" });
    expect([wrong.status, messageOf(wrong), sessionCookieOf(wrong)]).toEqual([200, wrongMessage, undefined]);
    expect([unknown.status, messageOf(unknown), sessionCookieOf(unknown)]).toEqual([wrong.status, messageOf(wrong), undefined]);

    const viaRoute = async (email: string) => (await signInOverHttp({ email, password: "not the password" }, "127.0.0.41")).response;
    const [routeWrong, routeUnknown] = [await viaRoute(account.email), await viaRoute(`nobody-${Date.now()}@e2e.test`)];
    expect([routeWrong.status, routeWrong.headers.location]).toEqual([302, `${origin}/signin?error=CredentialsSignin&code=credentials`]);
    expect([routeUnknown.status, routeUnknown.headers.location]).toEqual([routeWrong.status, routeWrong.headers.location]);
  });
});

test.describe("sign-in throttling", () => {
  test("after five wrong passwords the account waits a couple of seconds — then its owner signs in from another address", async () => {
    const account = createAccount("reviewer");
    for (let i = 0; i < 5; i++) expect(messageOf(await signInWithForm(account.email, `guess ${i}`, { from: "127.0.0.42" }))).toBe(wrongMessage);

    const throttled = await signInWithForm(account.email, account.password, { from: "127.0.0.43" });
    expect(messageOf(throttled)).toBe("Too many failed sign-in attempts. Wait 2 seconds, then try again.");
    expect(sessionCookieOf(throttled)).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const signedIn = await signInWithForm(account.email, account.password, { from: "127.0.0.43" });
    expect(sessionCookieOf(signedIn)).toBeDefined();
    expect(new URL(redirectOf(signedIn), origin).href).toBe(`${origin}/`);
  });

  test("an unknown email is throttled exactly like a real one", async () => {
    const account = createAccount("reviewer");
    const nobody = `nobody-${Date.now()}@e2e.test`;
    for (const email of [account.email, nobody]) for (let i = 0; i < 5; i++) await signInWithForm(email, `guess ${i}`, { from: "127.0.0.44" });
    const [real, unknown] = [
      await signInWithForm(account.email, "guess", { from: "127.0.0.45" }),
      await signInWithForm(nobody, "guess", { from: "127.0.0.45" }),
    ];
    expect(messageOf(real)).toMatch(/^Too many failed sign-in attempts/);
    expect(messageOf(unknown)).toBe(messageOf(real));
  });

  test("ten failures from one address stop that address — whatever X-Forwarded-For it claims — but lock nobody out", async () => {
    const account = createAccount("editor");
    for (let i = 0; i < 10; i++)
      expect(messageOf(await signInWithForm(`spray-${i}-${Date.now()}@e2e.test`, "guess", { from: "127.0.0.46" }))).toBe(wrongMessage);

    const blocked = await signInWithForm(account.email, account.password, { from: "127.0.0.46" });
    expect(messageOf(blocked)).toMatch(/^Too many failed sign-in attempts\. Wait 1[45] minutes, then try again\.$/);
    expect(sessionCookieOf(blocked)).toBeUndefined();
    // A spoofed X-Forwarded-For does not make it a new client: the server takes the address from the connection.
    const spoofed = await signInWithForm(account.email, account.password, { from: "127.0.0.46", headers: { "X-Forwarded-For": "203.0.113.99" } });
    expect(messageOf(spoofed)).toMatch(/^Too many failed sign-in attempts/);
    // Auth.js's own callback route is throttled by the same rule.
    const viaRoute = await signInOverHttp(account, "127.0.0.46");
    expect(viaRoute.cookie).toBeUndefined();
    expect(viaRoute.response.headers.location).toBe(`${origin}/signin?error=CredentialsSignin&code=throttled`);

    // The account itself is not locked: from any other address its owner signs in at once.
    expect(sessionCookieOf(await signInWithForm(account.email, account.password, { from: "127.0.0.47" }))).toBeDefined();
  });

  test("the form says how long to wait, and keeps the email typed", async ({ page }) => {
    const account = createAccount("reviewer");
    for (let i = 0; i < 6; i++) await signInWithForm(account.email, `guess ${i}`, { from: "127.0.0.48" });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(/^Too many failed sign-in attempts\. Wait \d+ seconds?, then try again\.$/);
    await expect(page.getByLabel("Email")).toHaveValue(account.email);
  });
});

test.describe("Auth.js's credentials route", () => {
  test("issues no session without the double-submit CSRF token, or with someone else's", async () => {
    const account = createAccount("reviewer");
    const post = (body: Record<string, string>, cookie?: string) =>
      send({
        method: "POST",
        path: "/api/auth/callback/credentials",
        from: "127.0.0.49",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        body: new URLSearchParams(body).toString(),
      });
    const credentials = { email: account.email, password: account.password, callbackUrl: "/" };

    const missing = await post(credentials);
    expect(sessionCookieOf(missing)).toBeUndefined();
    expect(missing.headers.location).toContain("error=MissingCSRF");

    const mine = await send({ path: "/api/auth/csrf", from: "127.0.0.49" });
    const theirs = await send({ path: "/api/auth/csrf", from: "127.0.0.49" });
    const mismatched = await post({ ...credentials, csrfToken: (JSON.parse(theirs.text) as { csrfToken: string }).csrfToken }, cookiePairs(mine).join("; "));
    expect(sessionCookieOf(mismatched)).toBeUndefined();
    expect(mismatched.headers.location).toContain("error=MissingCSRF");
  });
});

test.describe("the sign-in form's action from another site", () => {
  test("a replay with a foreign Origin or Origin: null signs no one in, even with the right password", async () => {
    const account = createAccount("reviewer");
    for (const foreign of ["https://evil.example", "null"]) {
      const response = await signInWithForm(account.email, account.password, { from: "127.0.0.54", headers: { Origin: foreign } });
      expect(
        setCookies(response).some((value) => /session-token=/.test(value)),
        `Origin: ${foreign}`,
      ).toBe(false);
      expect(response.status, `Origin: ${foreign}`).toBeGreaterThanOrEqual(400);
    }
    const sameSite = await signInWithForm(account.email, account.password, { from: "127.0.0.54" });
    expect(
      setCookies(sameSite).some((value) => /session-token=/.test(value)),
      "the same request from the site itself signs in",
    ).toBe(true);
  });
});

test.describe("session cookies", () => {
  async function signedInCookie(account: Account, headers?: Record<string, string>) {
    const response = await signInWithForm(account.email, account.password, { from: "127.0.0.50", headers });
    const cookie = setCookies(response).find((value) => /^(__Secure-)?authjs\.session-token=/.test(value));
    if (!cookie) throw new Error(`No session cookie: ${response.status}`);
    return { cookie, all: setCookies(response) };
  }

  test("over http: HttpOnly, SameSite=Lax, Path=/, host-only, one cookie under 4 KB — and not Secure, which http could not send back", async () => {
    const { cookie, all } = await signedInCookie(createAccount("reviewer"));
    const attributes = cookie
      .split(";")
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes.some((part) => part.startsWith("domain="))).toBe(false);
    expect(attributes).not.toContain("secure");
    expect(cookie.length).toBeLessThan(4096);
    expect(
      all.filter((value) => /authjs\.session-token\.\d+=/.test(value)),
      "no chunked session cookie",
    ).toEqual([]);
  });

  test("behind a TLS proxy (AUTH_URL on https): the __Secure- prefix and the Secure flag as well", async () => {
    test.setTimeout(180_000);
    const tlsPort = 3197;
    const server = await startBenchServer({ name: "tls-proxy", port: tlsPort, env: { AUTH_URL: `https://localhost:${tlsPort}` } });
    try {
      // The proxy would end TLS and pass plain http on; Auth.js goes by AUTH_URL.
      const { response } = await signInOverHttp({ email: "admin@example.test", password: benchAdminPassword }, undefined, { toPort: tlsPort });
      const cookie = setCookies(response).find((value) => /session-token=/.test(value));
      expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
      const attributes = cookie!
        .split(";")
        .slice(1)
        .map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
    } finally {
      server.stop();
      await server.exited;
    }
  });

  test("page script cannot read the session cookie", async ({ page }) => {
    const account = createAccount("reviewer");
    await page.goto("/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/authjs/);
  });
});

/** The redirect corpus of reliability-security-plan.md, Appendix C2 (callbackUrl). */
const redirectCorpus = [
  "https://evil.example/",
  "//evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/%2F%2Fevil.example",
  "/\t/evil.example",
  "javascript:alert(1)",
  " javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "https://localhost@evil.example",
  "https://evil.example\\@localhost",
  "https://xn--80ak6aa92e.com",
  "https://exa\u202Eelpmaxe.com",
  "http://[",
  `/${"a".repeat(2049)}`,
  "/\r\nSet-Cookie:x=y",
];

const sameOrigin = (location: string) => new URL(location, origin).origin === origin;

test.describe("open redirects", () => {
  test("no callbackUrl from the corpus takes a signed-in person off the site: form, sign-in page, Auth.js route", async () => {
    const account = createAccount("reviewer");
    const { cookie } = await signInOverHttp(account, "127.0.0.51");
    const offSite: string[] = [];
    for (const target of redirectCorpus) {
      const viaForm = redirectOf(await signInWithForm(account.email, account.password, { from: "127.0.0.51", callbackUrl: target }));
      if (!viaForm || !sameOrigin(viaForm)) offSite.push(`form ${JSON.stringify(target)} → ${viaForm}`);

      const page = await send({ path: `/signin?callbackUrl=${encodeURIComponent(target)}`, from: "127.0.0.51", headers: { Cookie: cookie } });
      if (page.status >= 500 || !sameOrigin(String(page.headers.location ?? "/")))
        offSite.push(`page ${JSON.stringify(target)} → ${page.status} ${page.headers.location}`);

      const csrf = await send({ path: "/api/auth/csrf", from: "127.0.0.51" });
      const route = await send({
        method: "POST",
        path: "/api/auth/callback/credentials",
        from: "127.0.0.51",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiePairs(csrf).join("; ") },
        body: new URLSearchParams({
          email: account.email,
          password: account.password,
          csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken,
          callbackUrl: target,
        }).toString(),
      });
      if (route.status >= 500 || !sameOrigin(String(route.headers.location ?? "")))
        offSite.push(`route ${JSON.stringify(target)} → ${route.status} ${route.headers.location}`);
    }
    expect(offSite).toEqual([]);
  });

  test("the sign-in redirect of a signed-out visitor keeps them on the site", async () => {
    for (const target of ["//evil.example/x", "/\\evil.example", "/investigations/x?next=https://evil.example"]) {
      const response = await send({ path: target, from: "127.0.0.51" });
      expect([307, 308], target).toContain(response.status);
      expect(sameOrigin(String(response.headers.location)), `${target} → ${response.headers.location}`).toBe(true);
    }
  });
});

test.describe("host-header poisoning", () => {
  const forged = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
  const offSite = (location: string | undefined) => !location || /evil\.example|^https:/i.test(location) || !sameOrigin(location);

  test("forged Host, X-Forwarded-Host or X-Forwarded-Proto headers move no redirect, cookie or export link: AUTH_URL decides", async ({ request }) => {
    const account = createAccount("editor");
    for (const headers of [forged, { Host: "evil.example" }]) {
      const { cookie, response } = await signInOverHttp(account, "127.0.0.53", { headers });
      expect(cookie, JSON.stringify(headers)).toMatch(/^authjs\.session-token=/); // not __Secure-: the workspace is on http
      expect(offSite(String(response.headers.location)), `sign-in → ${response.headers.location}`).toBe(false);

      const csrf = await send({ path: "/api/auth/csrf", from: "127.0.0.53", headers: { ...headers, Cookie: cookie! } });
      const signOut = await send({
        method: "POST",
        path: "/api/auth/signout",
        from: "127.0.0.53",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: [...cookiePairs(csrf), cookie!].join("; ") },
        body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken }).toString(),
      });
      expect(offSite(String(signOut.headers.location)), `sign-out → ${signOut.headers.location}`).toBe(false);
    }

    const bearer = { Authorization: `Bearer ${createApiToken(account)}` };
    const investigation = await (await request.post("/api/v1/investigations", { headers: bearer, data: { title: "Poisoning" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
        headers: bearer,
        data: { title: "Wire", text: "Officials said 238 people were flown out." },
      })
    ).json();
    expect((await request.post(`/api/v1/sources/${source.id}/claims`, { headers: bearer, data: { selector: { exact: "238 people" } } })).status()).toBe(201);
    for (const headers of [forged, { Host: "evil.example" }]) {
      const exported = await send({ path: `/api/v1/investigations/${investigation.id}/export?format=w3c`, headers: { ...headers, ...bearer } });
      expect(exported.status).toBe(200);
      expect(exported.text).not.toMatch(/evil\.example|https:\/\/localhost/);
      expect(exported.text).toContain(`${origin}/sources/${source.id}`);
    }
  });
});
