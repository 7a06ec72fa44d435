import { bearer } from "./api-client";
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, startCaptureSite, type CaptureSite } from "./capture-site";
import { createAccount, createApiToken, expect, test } from "./fixtures";
import { captureSitePort } from "./setup/environment.mjs";

/**
 * Captures over the HTTP API (CAPTURES.md): evidence with a web address is captured by the
 * server's worker in the background; the capture, its text, screenshot and archive are read
 * with the headers that keep captured pages from ever running in the workspace's origin;
 * "check again" and "capture again" are POSTs; the daily re-check is an investigation setting.
 */
let site: CaptureSite;
let editorToken: string;
let reviewerToken: string;

test.beforeAll(async () => {
  site = await startCaptureSite({ port: captureSitePort });
  editorToken = createApiToken(createAccount("editor"));
  reviewerToken = createApiToken(createAccount("reviewer"));
});
test.afterAll(async () => {
  await site.close();
});

test.describe.configure({ timeout: 120_000 });

test.describe("captures over the API", () => {
  test("evidence with a web address is captured in the background; its capture, text, screenshot and archive come with safe headers", async ({ request }) => {
    const headers = bearer(editorToken);
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: "Ferries" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
        headers,
        data: { title: "Wire", text: "The council delayed the ferry timetable." },
      })
    ).json();
    const claim = await (
      await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "delayed the ferry timetable" } } })
    ).json();
    const quote = ARTICLE_PARAGRAPHS[1]!.slice(0, 60);

    const added = await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { url: `${site.origin}/article`, stance: "supports", quote } });
    expect(added.status()).toBe(201);
    const item = await added.json();
    expect(item.capture).toMatchObject({ id: expect.any(String), status: expect.stringMatching(/^(pending|capturing)$/) });
    const noAddress = await (
      await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { outlet: "A phone call", stance: "supports" } })
    ).json();
    expect(noAddress.capture).toBeNull();

    let evidence = item;
    await expect
      .poll(
        async () => {
          evidence = await (await request.get(`/api/v1/evidence/${item.id}`, { headers: bearer(reviewerToken) })).json();
          return evidence.capture.status;
        },
        { timeout: 60_000, intervals: [250] },
      )
      .toBe("done");
    const captureId = evidence.capture.id;
    expect(evidence.capture).toEqual({
      id: captureId,
      status: "done",
      capturedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      finalUrl: `${site.origin}/article`,
      httpStatus: 200,
      title: ARTICLE_TITLE,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      textSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      error: null,
    });
    expect(evidence.captureQuoteMatch).toMatchObject({ status: "found" });

    const detail = await request.get(`/api/v1/captures/${captureId}`, { headers: bearer(reviewerToken) });
    expect(detail.status()).toBe(200);
    expect(await detail.json()).toMatchObject({ ...evidence.capture, url: `${site.origin}/article`, investigationId: investigation.id, attempts: 1 });

    const text = await request.get(`/api/v1/captures/${captureId}/text`, { headers: bearer(reviewerToken) });
    expect(text.status()).toBe(200);
    expect(text.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(text.headers()["x-content-type-options"]).toBe("nosniff");
    expect(text.headers()["content-security-policy"]).toContain("sandbox");
    expect(await text.text()).toContain(ARTICLE_PARAGRAPHS[3]);

    const screenshot = await request.get(`/api/v1/captures/${captureId}/screenshot.png`, { headers: bearer(reviewerToken) });
    expect(screenshot.status()).toBe(200);
    expect(screenshot.headers()["content-type"]).toBe("image/png");
    expect(screenshot.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await screenshot.body()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    const archive = await request.get(`/api/v1/captures/${captureId}/archive.wacz`, { headers: bearer(reviewerToken) });
    expect(archive.status()).toBe(200);
    expect(archive.headers()["content-type"]).toBe("application/wacz+zip");
    expect(archive.headers()["content-disposition"]).toBe(`attachment; filename="capture-${captureId}.wacz"`);
    expect(archive.headers()["x-content-type-options"]).toBe("nosniff");
    const bytes = await archive.body();
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(evidence.capture.sha256);
  });

  test("check again says unchanged or changed with a word diff; capture again makes a new capture; errors answer with the right status", async ({
    request,
  }) => {
    const headers = bearer(editorToken);
    site.setChangingText("The first version of this page says the bridge opens in March.");
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: "Bridges" } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: "Wire", text: "The bridge opens in March." } })
    ).json();
    const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "opens in March" } } })).json();
    const item = await (
      await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { url: `${site.origin}/changing`, stance: "supports" } })
    ).json();
    const captureId = item.capture.id;

    // A capture that failed (a private address, refused at once) has nothing to read or compare.
    const refused = await (
      await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { url: "http://10.0.0.1/", stance: "supports" } })
    ).json();
    await expect
      .poll(async () => (await (await request.get(`/api/v1/captures/${refused.capture.id}`, { headers })).json()).status, { timeout: 60_000, intervals: [250] })
      .toBe("failed");
    expect((await (await request.get(`/api/v1/evidence/${refused.id}`, { headers })).json()).capture.error).toMatch(/^refused-address: /);
    expect((await request.post(`/api/v1/captures/${refused.capture.id}/recheck`, { headers })).status()).toBe(409);
    expect((await request.get(`/api/v1/captures/${refused.capture.id}/archive.wacz`, { headers })).status()).toBe(404);
    await expect
      .poll(async () => (await (await request.get(`/api/v1/captures/${captureId}`, { headers })).json()).status, { timeout: 60_000, intervals: [250] })
      .toBe("done");

    const same = await request.post(`/api/v1/captures/${captureId}/recheck`, { headers });
    expect(same.status()).toBe(200);
    expect(await same.json()).toMatchObject({ changed: false, diff: [], checkedAt: expect.any(String), error: null });
    site.setChangingText("The second version of this page says the bridge opens in June.");
    const changed = await (await request.post(`/api/v1/captures/${captureId}/recheck`, { headers })).json();
    expect(changed.changed).toBe(true);
    expect(changed.diff).toEqual(expect.arrayContaining([expect.objectContaining({ op: "added" }), expect.objectContaining({ op: "removed" })]));

    expect((await request.post(`/api/v1/captures/${captureId}/recheck`, { headers: bearer(reviewerToken) })).status()).toBe(403);
    expect((await request.post(`/api/v1/evidence/${item.id}/capture`, { headers: bearer(reviewerToken) })).status()).toBe(403);
    const again = await request.post(`/api/v1/evidence/${item.id}/capture`, { headers });
    expect(again.status()).toBe(202);
    const newCapture = await again.json();
    expect(newCapture).toMatchObject({ status: "pending" });
    expect(newCapture.id).not.toBe(captureId);
    expect((await (await request.get(`/api/v1/evidence/${item.id}`, { headers })).json()).capture.id).toBe(newCapture.id);
    expect((await request.get(`/api/v1/captures/${captureId}`, { headers })).status()).toBe(200); // the old one is kept

    for (const path of ["captures/nothing", "captures/nothing/text", "captures/nothing/screenshot.png", "captures/nothing/archive.wacz"])
      expect((await request.get(`/api/v1/${path}`, { headers })).status()).toBe(404);
    expect((await request.get(`/api/v1/captures/${captureId}/text`)).status()).toBe(401);
    expect((await request.post("/api/v1/evidence/nothing/capture", { headers })).status()).toBe(404);
  });

  test("the daily re-check is an investigation setting editors change with PATCH", async ({ request }) => {
    const headers = bearer(editorToken);
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: "Daily" } })).json();
    expect((await (await request.get(`/api/v1/investigations/${investigation.id}`, { headers })).json()).dailyRecheck).toBe(false);
    const refused = await request.patch(`/api/v1/investigations/${investigation.id}`, {
      headers: { ...bearer(reviewerToken), "If-Match": '"v1"' },
      data: { dailyRecheck: true },
    });
    expect(refused.status()).toBe(403);
    const invalid = await request.patch(`/api/v1/investigations/${investigation.id}`, {
      headers: { ...headers, "If-Match": '"v1"' },
      data: { dailyRecheck: "yes" },
    });
    expect(invalid.status()).toBe(422);
    const changed = await request.patch(`/api/v1/investigations/${investigation.id}`, {
      headers: { ...headers, "If-Match": '"v1"' },
      data: { dailyRecheck: true },
    });
    expect(changed.status()).toBe(200);
    expect(await changed.json()).toMatchObject({ dailyRecheck: true, version: 2 });
    expect(changed.headers().etag).toBe('"v2"');
  });
});
