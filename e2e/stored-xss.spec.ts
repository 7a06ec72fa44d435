import { bearer } from "./api-client";
import { expect, signIn, test, watchForScriptEffects } from "./fixtures";
import { badUrls, htmlPayloads } from "./fixtures/attack-corpus";

test("attack payloads saved into every text field are shown as text and never run", async ({ editor, page, request }) => {
  test.setTimeout(90_000);
  const headers = bearer(editor.token);
  const all = htmlPayloads.join("\n\n");
  const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title: htmlPayloads[1] } })).json();
  const source = await (
    await request.post(`/api/v1/investigations/${investigation.id}/sources`, {
      headers,
      data: { title: htmlPayloads[0], outlet: htmlPayloads[2], text: `Over 200 deportees.\n\n${all}` },
    })
  ).json();
  const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: "Over 200 deportees." } } })).json();
  await request.patch(`/api/v1/claims/${claim.id}`, { headers: { ...headers, "If-Match": '"v1"' }, data: { verdictKey: "false", rationale: all } });
  for (const payload of htmlPayloads) {
    expect((await request.post(`/api/v1/claims/${claim.id}/comments`, { headers, data: { body: payload } })).status()).toBe(201);
    expect(
      (await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { outlet: payload, quote: payload, stance: "adds-context" } })).status(),
    ).toBe(201);
  }
  for (const url of badUrls) {
    const evidence = await request.post(`/api/v1/claims/${claim.id}/evidence`, { headers, data: { url, outlet: "x", stance: "supports" } });
    expect(evidence.status(), `evidence link ${JSON.stringify(url)}`).toBe(422);
    const sourceWithUrl = await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: "t", url, text: "t" } });
    expect(sourceWithUrl.status(), `source URL ${JSON.stringify(url)}`).toBe(422);
  }

  const effects = watchForScriptEffects(page);
  await signIn(page, editor);
  for (const path of ["/", `/investigations/${investigation.id}`, `/sources/${source.id}?claim=${claim.id}`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${path}`).toBeUndefined();
  }
  await expect(page.getByTestId("source-text")).toContainText(htmlPayloads[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(htmlPayloads[0]!);
  await expect(page.getByTestId("checking-panel").getByRole("list", { name: "Comments" }).getByRole("listitem")).toHaveCount(htmlPayloads.length);
  expect(
    await page
      .locator("main script:not([nonce]), main [onerror], main [onload], main [ontoggle], main iframe, main a[href^='javascript' i], main a[href^='data' i]")
      .count(),
  ).toBe(0);
  expect(effects.dialogs).toBe(0);
  expect(effects.outbound).toEqual([]);
});
