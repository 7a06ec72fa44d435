import { bearer } from "../api-client";
import { createAccount, createApiToken, expect, test } from "../fixtures";

/**
 * `GET /api/v1/search` over HTTP (issue #20): it answers only with bearer tokens, keeps to the
 * investigation it is asked for (no row of another one, whatever the query), reads hostile
 * queries as words, and refuses bad parameters with 400 at the field.
 */
let reviewerToken: string;
let editorToken: string;

test.beforeAll(() => {
  editorToken = createApiToken(createAccount("editor"));
  reviewerToken = createApiToken(createAccount("reviewer"));
});

test("a search keeps to the investigation it names, finds accents and other word forms, and refuses bad parameters at the field", async ({ request }) => {
  const headers = bearer(editorToken);
  const marker = `zq${crypto.randomUUID().slice(0, 8)}`;
  const investigationIn = async (title: string, text: string) => {
    const investigation = await (await request.post("/api/v1/investigations", { headers, data: { title } })).json();
    const source = await (
      await request.post(`/api/v1/investigations/${investigation.id}/sources`, { headers, data: { title: marker, text, language: "es" } })
    ).json();
    const claim = await (await request.post(`/api/v1/sources/${source.id}/claims`, { headers, data: { selector: { exact: text.slice(0, -1) } } })).json();
    return { id: investigation.id as string, claimId: claim.id as string };
  };
  const mine = await investigationIn("Cárceles", `Los deportados ${marker} llegaron a la cárcel.`);
  const theirs = await investigationIn("Vuelos", `Otros deportados ${marker} llegaron a la cárcel.`);

  const search = async (query: string, token = reviewerToken) => request.get(`/api/v1/search?${query}`, { headers: bearer(token) });
  const everywhere = await (await search(`q=${marker}+carcel+deportado`)).json();
  expect(everywhere.results.map((result: { investigationId: string }) => result.investigationId).sort()).toEqual(
    [mine.id, mine.id, theirs.id, theirs.id].sort(),
  );
  expect(everywhere.counts).toEqual({ claim: 2, source: 2, fact: 0, evidence: 0, comment: 0 });

  for (const q of [marker, `${marker} OR x`, `${marker}" OR "`, `${marker} -nothing`, "*"]) {
    const response = await search(`q=${encodeURIComponent(q)}&investigation=${mine.id}`);
    expect(response.status(), q).toBe(200);
    const { results } = await response.json();
    expect(
      results.every((result: { investigationId: string }) => result.investigationId === mine.id),
      q,
    ).toBe(true);
  }
  const claimOnly = await (await search(`q=${marker}&investigation=${mine.id}&kind=claim`)).json();
  expect(claimOnly.results).toEqual([
    expect.objectContaining({
      kind: "claim",
      id: mine.claimId,
      investigationId: mine.id,
      investigationTitle: "Cárceles",
      highlights: [[15, 15 + marker.length]],
    }),
  ]);
  expect(claimOnly.results[0].snippet).toBe(`Los deportados ${marker} llegaron a la cárcel`);

  const refused = await search("q=x&kind=tweet&limit=500&from=2025-02-30&cursor=nope");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatchObject({
    code: "INVALID",
    fields: { kind: expect.any(String), limit: expect.any(String), from: expect.any(String), cursor: expect.any(String) },
  });

  for (const headersOf of [{}, bearer("cor_not-a-real-token")])
    expect((await request.get(`/api/v1/search?q=${marker}`, { headers: headersOf })).status()).toBe(401);
});
