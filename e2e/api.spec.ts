import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bearer } from "./api-client";
import { createAccount, createApiToken, expect, test, type Account } from "./fixtures";

let editor: Account;
let editorToken: string;

test.beforeAll(() => {
  editor = createAccount("editor");
  editorToken = createApiToken(editor);
});

test.describe("the HTTP API, as an integration uses it", () => {
  test("refuses requests without a valid token, with a JSON error", async ({ request }) => {
    const attempts: Record<string, string>[] = [{}, bearer("cor_not-a-real-token"), { Cookie: "authjs.session-token=forged" }];
    for (const headers of attempts) {
      const response = await request.get("/api/v1/investigations/anything", { headers });
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
    }
  });

  test("an integration creates an investigation and a source, highlights claims and lists them", async ({ request }) => {
    const headers = bearer(editorToken);
    const created = await request.post("/api/v1/investigations", { headers, data: { title: "  API investigation  " } });
    expect(created.status()).toBe(201);
    const investigation = await created.json();
    expect(investigation.title).toBe("API investigation");
    expect((await (await request.get(`/api/v1/investigations/${investigation.id}`, { headers })).json()).sources).toEqual([]);

    const sourceResponse = await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
      headers,
      data: { title: "Wire copy", text: "Officials counted over 200 deportees.\r\nA later count said 238 Venezuelans and 23 Salvadorans." },
    });
    expect(sourceResponse.status()).toBe(201);
    const source = await sourceResponse.json();
    expect(source.currentVersionId).toEqual(expect.any(String));
    const fetched = await (await request.get(`/api/v1/sources/${source.id}`, { headers })).json();
    expect(fetched.currentVersion.text).toBe("Officials counted over 200 deportees.\nA later count said 238 Venezuelans and 23 Salvadorans.");

    const bySelector = await request.post(`/api/v1/sources/${source.id}/claims`, {
      headers,
      data: { selector: { exact: "238 Venezuelans", prefix: "later count said " } },
    });
    expect(bySelector.status()).toBe(201);
    const claim = await bySelector.json();
    expect(claim.selectors).toEqual([
      { type: "TextQuoteSelector", exact: "238 Venezuelans", prefix: "over 200 deportees.\nA later count said ".slice(-32), suffix: " and 23 Salvadorans." },
      { type: "TextPositionSelector", start: 57, end: 72 },
    ]);
    expect(claim.anchor).toMatchObject({ start: 57, end: 72 });
    expect(["exact", "moved"]).toContain(claim.anchor.status);

    const byPosition = await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { start: 17, end: 37 } });
    expect(byPosition.status()).toBe(201);
    expect((await byPosition.json()).selectors[0].exact).toBe(" over 200 deportees.".trim());

    const listed = await (await request.get(`/api/v1/sources/${source.id}/claims`, { headers })).json();
    expect(listed.claims.map((c: { selectors: { exact: string }[] }) => c.selectors[0]!.exact)).toEqual(["over 200 deportees.", "238 Venezuelans"]);
    expect(listed.claims[0].anchor).toEqual({ status: "exact", start: 18, end: 37, score: 1 });

    const unconditional = await request.delete(`/api/v1/claims/${claim.id}`, { headers });
    expect(unconditional.status()).toBe(428);
    const stale = await request.delete(`/api/v1/claims/${claim.id}`, { headers: { ...headers, "If-Match": '"v7"' } });
    expect(stale.status()).toBe(412);
    const deleted = await request.delete(`/api/v1/claims/${claim.id}`, { headers: { ...headers, "If-Match": '"v1"' } });
    expect(deleted.status()).toBe(204);
    expect((await (await request.get(`/api/v1/sources/${source.id}/claims`, { headers })).json()).claims).toHaveLength(1);

    const suggestions = await (await request.get(`/api/v1/sources/${source.id}/suggestions`, { headers })).json();
    expect(suggestions.suggestions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "figure", text: "over 200 deportees" })]));
  });

  test("a selector that does not identify the words is refused with 422 and nothing is created", async ({ request }) => {
    const headers = bearer(editorToken);
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: "Selectors" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: "S", text: "The prison holds 40,000 inmates." } })
    ).json();
    const missing = await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "261 people" } } });
    expect(missing.status()).toBe(422);
    expect((await missing.json()).error.message).toMatch(/does not identify one place/);
    const invalid = await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "" } } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.fields).toHaveProperty(["selector.exact"]);
    const notJson = await request.post(`/api/v1/sources/${source.id}/claims`, {
      headers: { ...headers, "Content-Type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(notJson.status()).toBe(400);
    expect((await (await request.get(`/api/v1/sources/${source.id}/claims`, { headers })).json()).claims).toEqual([]);
  });

  test("a reviewer's token cannot create investigations or delete other people's claims", async ({ request }) => {
    const reviewerToken = createApiToken(createAccount("reviewer"));
    const refused = await request.post("/api/v1/investigations", { headers: bearer(reviewerToken), data: { title: "Mine" } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toEqual({ code: "FORBIDDEN", message: "Only editors can create investigations." });

    const investigation = await (await request.post("/api/v1/investigations", { headers: bearer(editorToken), data: { title: "Shared" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
        headers: bearer(editorToken),
        data: { title: "S", text: "Roughly 250 Venezuelans." },
      })
    ).json();
    const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers: bearer(editorToken), data: { start: 0, end: 23 } })).json();
    const deleteAttempt = await request.delete(`/api/v1/claims/${claim.id}`, { headers: { ...bearer(reviewerToken), "If-Match": '"v1"' } });
    expect(deleteAttempt.status()).toBe(403);
    expect((await (await request.get(`/api/v1/sources/${source.id}/claims`, { headers: bearer(reviewerToken) })).json()).claims).toHaveLength(1);
  });

  test("every endpoint is described in the OpenAPI document", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    // Every route handler under app/api/v1 (but the document itself) must be described, with each of its methods.
    const routes = readdirSync("app/api/v1", { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts" && !file.startsWith("openapi.json"))
      .map((file) => ({
        path: `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}"),
        methods: [...readFileSync(`app/api/v1/${file}`, "utf8").matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
          m[1]!.toLowerCase(),
        ),
      }));
    expect(Object.keys(document.paths).sort()).toEqual(routes.map((route) => route.path).sort());
    for (const route of routes) expect(Object.keys(document.paths[route.path]).sort(), route.path).toEqual(route.methods.sort());
    expect(document.paths["/sources/{id}/claims"].post.requestBody.content["application/json"].schema.anyOf).toHaveLength(2);
  });

  test("a POST resent with the same Idempotency-Key is applied once and answered the same", async ({ request }) => {
    const investigation = await (await request.post("/api/v1/investigations", { headers: bearer(editorToken), data: { title: "Resends" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
        headers: bearer(editorToken),
        data: { title: "S", text: "Officials counted over 200 deportees." },
      })
    ).json();
    const claim = await (
      await request.post(`/api/v1/sources/${source.id}/claims`, { headers: bearer(editorToken), data: { selector: { exact: "over 200 deportees" } } })
    ).json();
    const headers = { ...bearer(editorToken), "Idempotency-Key": "comment-7f3a" };
    const first = await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body: "Checked the manifest." } });
    const resent = await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body: "Checked the manifest." } });
    expect(first.status()).toBe(201);
    expect(resent.status()).toBe(201);
    expect(resent.headers()["idempotent-replayed"]).toBe("true");
    expect(await resent.json()).toEqual(await first.json());
    const other = await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body: "Something else." } });
    expect(other.status()).toBe(422);
    expect((await other.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const detail = await (await request.get(`/api/v1/claims/${claim.id}`, { headers: bearer(editorToken) })).json();
    expect(detail.comments.map((c: { body: string }) => c.body)).toEqual(["Checked the manifest."]);
  });
});
