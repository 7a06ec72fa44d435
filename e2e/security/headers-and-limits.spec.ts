import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, newPerson, test } from "../fixtures";
import { captureAction, countRows, fingerprint, send, signInOverHttp, type RawResponse } from "./support";

/**
 * What every response says about itself (security headers on each kind of response), and
 * what the server refuses before doing any work: cross-site writes to route handlers and
 * server actions, and bodies over their limits.
 */
let cookie: string;
let token: string;
let investigationId: string;

test.beforeAll(async () => {
  const editor = newPerson("editor");
  token = editor.token;
  cookie = (await signInOverHttp(editor)).cookie!;
  investigationId = (await editor.createInvestigation("Headers")).id;
});

function missingHeaders(response: RawResponse): string[] {
  const problems: string[] = [];
  if (response.headers["x-content-type-options"] !== "nosniff") problems.push(`X-Content-Type-Options: ${response.headers["x-content-type-options"]}`);
  if (response.headers["referrer-policy"] !== "strict-origin-when-cross-origin") problems.push(`Referrer-Policy: ${response.headers["referrer-policy"]}`);
  if (response.headers["x-frame-options"] !== "DENY") problems.push(`X-Frame-Options: ${response.headers["x-frame-options"]}`);
  if (response.headers["x-powered-by"] !== undefined) problems.push(`X-Powered-By: ${response.headers["x-powered-by"]}`);
  return problems;
}

/** The page's Content-Security-Policy, checked for its nonce (which every script must carry) and its frame and base rules. */
function pagePolicyProblems(response: RawResponse): string[] {
  const policy = String(response.headers["content-security-policy"] ?? "");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const problems: string[] = [];
  if (!nonce) return [`no nonce in CSP: ${policy}`];
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "'strict-dynamic'"])
    if (!policy.includes(directive)) problems.push(`CSP lacks ${directive}`);
  if (/script-src[^;]*'unsafe-inline'/.test(policy)) problems.push("CSP allows inline scripts");
  const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  const withoutNonce = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
  if (scripts.length === 0) problems.push("no scripts found to check");
  if (withoutNonce.length) problems.push(`scripts without the nonce: ${withoutNonce.slice(0, 3).join(" ")}`);
  return problems;
}

test.describe("security headers on every kind of response", () => {
  test("pages, JSON, downloads, static assets, 404s and redirects all carry them; pages carry a per-request nonce CSP", async () => {
    const home = await send({ path: "/", headers: { Cookie: cookie } });
    const staticAsset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home.text)?.[1];
    expect(staticAsset, "a script under /_next/static").toBeDefined();
    const responses: Record<string, RawResponse> = {
      "page (signed in)": home,
      "sign-in page": await send({ path: "/signin" }),
      "404 page": await send({ path: "/no-such-page", headers: { Cookie: cookie } }),
      "missing object (404)": await send({ path: "/investigations/no-such-id", headers: { Cookie: cookie } }),
      "redirect to sign-in": await send({ path: "/settings" }),
      "route handler JSON": await send({ path: "/api/v1/openapi.json" }),
      "route handler error JSON": await send({ path: `/api/v1/investigations/${investigationId}` }),
      "Auth.js JSON": await send({ path: "/api/auth/csrf" }),
      "export download": await send({ path: `/api/export/investigations/${investigationId}?format=csv`, headers: { Cookie: cookie } }),
      "export report view": await send({ path: `/api/export/investigations/${investigationId}?format=html&view=1`, headers: { Cookie: cookie } }),
      "static asset": await send({ path: staticAsset! }),
    };
    expect(Object.fromEntries(Object.entries(responses).map(([kind, response]) => [kind, response.status]))).toEqual({
      "page (signed in)": 200,
      "sign-in page": 200,
      "404 page": 404,
      "missing object (404)": 404,
      "redirect to sign-in": 307,
      "route handler JSON": 200,
      "route handler error JSON": 401,
      "Auth.js JSON": 200,
      "export download": 200,
      "export report view": 200,
      "static asset": 200,
    });
    const problems = Object.entries(responses).flatMap(([kind, response]) => missingHeaders(response).map((problem) => `${kind}: ${problem}`));
    for (const kind of ["page (signed in)", "sign-in page", "404 page", "missing object (404)"])
      problems.push(...pagePolicyProblems(responses[kind]!).map((problem) => `${kind}: ${problem}`));
    expect(String(responses["export report view"]!.headers["content-security-policy"])).toMatch(/default-src 'none'.*frame-ancestors 'none'; sandbox/);
    expect(problems).toEqual([]);
  });

  test("nothing a signed-in person reads is kept by a cache: pages, their RSC payloads, API answers and exports say no-store", async () => {
    const bearer = { Authorization: `Bearer ${token}` };
    const responses: Record<string, RawResponse> = {
      "page (signed in)": await send({ path: `/investigations/${investigationId}`, headers: { Cookie: cookie } }),
      // (Next answers an RSC request at the address it names in its cache-busting redirect.)
      "page RSC payload": await send({ path: `/investigations/${investigationId}?_rsc`, headers: { Cookie: cookie, RSC: "1" } }),
      "API answer": await send({ path: `/api/v1/investigations/${investigationId}`, headers: bearer }),
      "API export": await send({ path: `/api/v1/investigations/${investigationId}/export?format=csv`, headers: bearer }),
      "export download": await send({ path: `/api/export/investigations/${investigationId}?format=csv`, headers: { Cookie: cookie } }),
    };
    const cached = Object.entries(responses)
      .filter(([, response]) => response.status !== 200 || !/\bno-store\b/.test(String(response.headers["cache-control"])))
      .map(([kind, response]) => `${kind}: ${response.status} ${response.headers["cache-control"]}`);
    expect(cached).toEqual([]);
    expect(String(responses["page RSC payload"]!.headers["content-type"])).toContain("text/x-component");
  });

  test("the policy blocks markup that slipped past escaping: an inline event handler or script does not run (plan T29)", async ({ reviewerPage: page }) => {
    await page.goto(`/investigations/${investigationId}`);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));
      const holder = document.createElement("div");
      // A broken image fires onerror; a srcdoc frame inherits the page's policy.
      holder.innerHTML = `<img src="data:," onerror="window.__ranHandler = true"><iframe srcdoc="<script>parent.__ranFrame = true<\/script>"></iframe>`;
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ran = window as unknown as Record<string, unknown>;
      return { handler: ran.__ranHandler === true, frame: ran.__ranFrame === true, violations };
    });
    expect(outcome.handler, "inline onerror handler ran").toBe(false);
    expect(outcome.frame, "script in an injected srcdoc frame ran").toBe(false);
    expect(outcome.violations.some((directive) => directive.startsWith("script-src"))).toBe(true);
  });

  test("each page gets a fresh nonce", async () => {
    const nonceOf = async () => /'nonce-([^']+)'/.exec(String((await send({ path: "/signin" })).headers["content-security-policy"]))?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeDefined();
    expect(first).not.toBe(second);
  });

  test("nothing private is served: no .git, no .env, no source maps", async () => {
    for (const target of ["/.git/HEAD", "/.env", "/.e2e-data/corroborate.db"])
      expect((await send({ path: target, headers: { Cookie: cookie } })).status, target).toBe(404);
    const home = await send({ path: "/", headers: { Cookie: cookie } });
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home.text)![1]!;
    expect((await send({ path: `${script}.map` })).status).toBe(404);
  });
});

test.describe("cross-site requests to route handlers", () => {
  test("a text/plain or no-cors POST carrying only the session cookie writes nothing; the API wants a bearer token and JSON", async () => {
    const before = countRows("investigations");
    const body = JSON.stringify({ title: "Forged" });
    const asForm = await send({
      method: "POST",
      path: "/api/v1/investigations",
      headers: { "Content-Type": "text/plain", Cookie: cookie, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      body,
    });
    expect(asForm.status).toBe(401);
    const withToken = await send({
      method: "POST",
      path: "/api/v1/investigations",
      headers: { "Content-Type": "text/plain", Authorization: `Bearer ${token}` },
      body,
    });
    expect(withToken.status, "even with a token, only JSON is read").toBe(415);
    expect(countRows("investigations")).toBe(before);
    expect(asForm.headers["access-control-allow-origin"], "no CORS for other sites").toBeUndefined();
  });

  test("GET, HEAD and OPTIONS never change anything; unsupported methods answer 405", async () => {
    const before = await fingerprint();
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      const response = await send({ method, path: "/api/v1/investigations", headers: { Authorization: `Bearer ${token}`, Origin: "https://evil.example" } });
      expect([405, 204, 200], `${method} /api/v1/investigations → ${response.status}`).toContain(response.status);
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    }
    expect((await send({ method: "DELETE", path: `/api/v1/investigations/${investigationId}`, headers: { Authorization: `Bearer ${token}` } })).status).toBe(
      405,
    );
    expect((await send({ method: "POST", path: `/api/export/investigations/${investigationId}?format=csv`, headers: { Cookie: cookie } })).status).toBe(405);
    expect(await fingerprint()).toBe(before);
  });

  test("a page on another site cannot make a signed-in browser write, by form, no-cors fetch or server action form", async ({ editorPage: page }) => {
    await page.goto("/investigations");
    const action = await captureAction(page, async () => {
      await page.getByLabel("New investigation").fill("Captured");
      await page.getByRole("button", { name: "Create investigation" }).click();
    });
    const target = new URL(page.url()).origin;
    const attackerPage = `<!doctype html><html><body>
      <form id="plain" method="post" enctype="text/plain" target="sink" action="${target}/api/v1/investigations"><input name='{"title":"Forged by form","x":"' value='"}'></form>
      <form id="action" method="post" enctype="multipart/form-data" target="sink" action="${target}/"><input name="$ACTION_ID_${action.id}" value=""><input name="title" value="Forged by action form"></form>
      <iframe name="sink"></iframe>
      <script>
        fetch(${JSON.stringify(`${target}/api/v1/investigations`)}, { method: "POST", mode: "no-cors", credentials: "include", body: JSON.stringify({ title: "Forged by fetch" }) }).catch(() => {}).finally(() => { document.title = "fetched"; });
        document.getElementById("plain").submit();
        setTimeout(() => document.getElementById("action").submit(), 300);
      </script></body></html>`;
    const attacker = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(attackerPage);
    });
    await new Promise<void>((done) => attacker.listen(0, "127.0.0.1", done));
    try {
      const before = { investigations: countRows("investigations"), all: await fingerprint() };
      const attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
      const posts: string[] = [];
      page.on("response", (response) => {
        if (response.request().method() === "POST") posts.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(attackerOrigin);
      await expect(page).toHaveTitle("fetched");
      await expect.poll(() => posts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(countRows("investigations")).toBe(before.investigations);
      expect(await fingerprint()).toBe(before.all);
    } finally {
      await new Promise<void>((done) => attacker.close(() => done()));
    }
  });
});

test.describe("bodies over the limit are refused before they are read", () => {
  test("JSON over 64 KB: 413 at once, declared or chunked", async () => {
    const big = JSON.stringify({ title: "x".repeat(64 * 1024) });
    const declared = await send({
      method: "POST",
      path: "/api/v1/investigations",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.ms).toBeLessThan(1_000);

    const chunked = await send({
      method: "POST",
      path: "/api/v1/investigations",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: JSON.stringify({ title: "x".repeat(4 * 1024 * 1024) }),
      headersOnly: true,
    });
    expect(chunked.status).toBe(413);
    expect(chunked.ms).toBeLessThan(1_000);
  });

  test("a 30 MB import is refused from its declared length, and signed-out uploads are refused before reading", async () => {
    const before = await fingerprint();
    const huge = Buffer.alloc(30 * 1024 * 1024, 32);
    const response = await send({
      method: "POST",
      path: `/api/v1/investigations/${investigationId}/import`,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: huge,
      headersOnly: true,
    });
    expect(response.status).toBe(413);
    expect(response.ms).toBeLessThan(1_000);
    const anonymous = await send({
      method: "POST",
      path: `/api/v1/investigations/${investigationId}/import`,
      headers: { "Content-Type": "application/json" },
      body: huge,
      headersOnly: true,
    });
    expect(anonymous.status).toBe(401);
    expect(await fingerprint()).toBe(before);
  });

  test("a multipart upload must declare its length", async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nSome text of a source.\r\n--b--\r\n';
    const response = await send({
      method: "POST",
      path: `/api/v1/investigations/${investigationId}/sources`,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "multipart/form-data; boundary=b", "Transfer-Encoding": "chunked" },
      body,
    });
    expect(response.status).toBe(411);
  });
});
