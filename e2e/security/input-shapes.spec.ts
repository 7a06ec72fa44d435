import { expect, newPerson, seedWorld, test, type Person } from "../fixtures";
import { fingerprint, type RawResponse } from "./support";

/**
 * Bodies shaped to smuggle in what the caller may not set (plan T18, mass assignment) or to
 * confuse the server about types and prototypes (T33). Every one is either refused with a
 * field-level 4xx that writes nothing, or accepted with the extra fields ignored; none of
 * them changes who owns a row, its version or anyone's role.
 */
const from = "127.0.0.21";
let reviewer: Person;
let editor: Person;

const json = (response: RawResponse) => JSON.parse(response.text) as Record<string, unknown> & { id: string };

test.beforeAll(() => {
  reviewer = newPerson("reviewer", { from });
  editor = newPerson("editor", { from });
});

test("a reviewer's update cannot also set the owner, version, words, source or role: refused at the fields, nothing written", async () => {
  const { claim, sourceId } = await seedWorld(editor, editor);
  const before = await fingerprint();
  const smuggled = {
    rationale: "Checked against the manifest.",
    createdBy: reviewer.email,
    version: 99,
    exact: "2,000 Venezuelans",
    sourceId: "another",
    role: "admin",
    id: "other-id",
  };
  const response = await reviewer.api.send("PATCH", `claims/${claim.id}`, JSON.stringify(smuggled), { "If-Match": '"v1"' });
  expect(response.status).toBe(422);
  expect(response.text).toMatch(/createdBy|Unrecognized|not/i);
  expect(await fingerprint()).toBe(before);

  const read = json(await reviewer.api.send("GET", `claims/${claim.id}`));
  expect(read).toMatchObject({ exact: "over 200 deportees", sourceId, version: 1 });
  const me = json(await reviewer.api.send("GET", "me"));
  expect(me.role).toBe("reviewer");
});

test("extra fields on a create are ignored: the server sets the id, the author and the time", async () => {
  const { claim } = await seedWorld(editor, editor);
  const planted = {
    body: "Two lists disagree.",
    id: "planted-id",
    createdBy: editor.email,
    authorId: "someone-else",
    createdAt: "2000-01-01T00:00:00.000Z",
    version: 7,
  };
  const response = await reviewer.api.send("POST", `claims/${claim.id}/comments`, JSON.stringify(planted));
  expect(response.status).toBe(201);
  const comment = json(response);
  expect(comment.id).not.toBe("planted-id");
  expect(JSON.stringify(comment)).not.toMatch(/2000-01-01|someone-else/);
  const me = json(await reviewer.api.send("GET", "me"));
  expect(comment).toMatchObject({ body: "Two lists disagree.", createdBy: me.id });
});

test("__proto__ and constructor.prototype in a body change no one's privileges, and the server goes on as before", async () => {
  const polluted = '{"title":"Polluted","__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"role":"admin","isAdmin":true}}}';
  const created = await editor.api.send("POST", "investigations", polluted);
  expect(created.status).toBe(201);
  expect(json(created)).toMatchObject({ title: "Polluted" });
  expect(json(created)).not.toHaveProperty("role");
  expect(json(created)).not.toHaveProperty("isAdmin");

  // Were Object.prototype polluted, a reviewer's missing permission could read as granted.
  const before = await fingerprint();
  const refused = await reviewer.api.send("POST", "investigations", JSON.stringify({ title: "Not mine to make" }));
  expect(refused.status).toBe(403);
  expect(await fingerprint()).toBe(before);
  expect(json(await reviewer.api.send("GET", "me")).role).toBe("reviewer");
});

test("wrong types are refused at the field: arrays for strings, numbers for ids, objects for text", async () => {
  const { investigationId, claim } = await seedWorld(editor, editor);
  const before = await fingerprint();
  const cases: Array<[string, string, string, string]> = [
    ["POST", "investigations", JSON.stringify({ title: ["Two", "titles"] }), "title"],
    ["POST", `claims/${claim.id}/comments`, JSON.stringify({ body: { text: "hidden" } }), "body"],
    ["POST", `investigations/${investigationId}/facts`, JSON.stringify({ title: "Count", claimIds: [1] }), "claimIds"],
    ["POST", `investigations/${investigationId}/facts`, JSON.stringify({ title: "Count", claimIds: claim.id }), "claimIds"],
  ];
  for (const [method, path, body, field] of cases) {
    const response = await editor.api.send(method, path, body);
    expect(response.status, `${method} ${path} ${body}`).toBe(422);
    expect(Object.keys((json(response).error as { fields?: Record<string, string> }).fields ?? {}).join(" "), body).toContain(field);
  }
  const patched = await editor.api.send("PATCH", `claims/${claim.id}`, JSON.stringify({ verdictKey: 1 }), { "If-Match": '"v1"' });
  expect(patched.status).toBe(422);
  expect(await fingerprint()).toBe(before);
});

test("text with a lone surrogate is refused at its field with 422 wherever it is sent, and nothing is stored", async () => {
  const { investigationId, sourceId, claim } = await seedWorld(editor, editor);
  const before = await fingerprint();
  // JSON escapes are the one way a lone surrogate reaches the server: UTF-8 bytes cannot encode one.
  const lone = "\\ud83d";
  const cases: Array<[string, string, string, string]> = [
    ["POST", "investigations", `{"title":"Flights ${lone}"}`, "title"],
    ["POST", `investigations/${investigationId}/sources`, `{"title":"Wire","text":"Officials counted ${lone} over 200 deportees."}`, "text"],
    ["POST", `sources/${sourceId}/claims`, `{"selector":{"exact":"over 200","prefix":"counted ${lone}"}}`, "selector.prefix"],
    ["POST", `claims/${claim.id}/comments`, `{"body":"The list ${lone} says 238."}`, "body"],
    ["POST", `claims/${claim.id}/evidence`, `{"outlet":"Ministry","quote":"${lone}238","stance":"supports"}`, "quote"],
    [
      "POST",
      `investigations/${investigationId}/import`,
      `[{"type":"Annotation","target":{"source":"https://wire.example/a","selector":{"type":"TextQuoteSelector","exact":"238 ${lone}"}}}]`,
      "target.selector.exact",
    ],
  ];
  for (const [method, path, body, field] of cases) {
    const response = await editor.api.send(method, path, body);
    expect(response.status, `${method} ${path}`).toBe(422);
    const fields = (json(response).error as { fields: Record<string, string> }).fields;
    expect(Object.entries(fields).find(([key]) => key.endsWith(field))?.[1], `${method} ${path}: ${JSON.stringify(fields)}`).toMatch(
      /not well-formed Unicode: an unpaired surrogate at character \d+/,
    );
  }
  const patched = await editor.api.send("PATCH", `claims/${claim.id}`, `{"rationale":"Checked ${lone}"}`, { "If-Match": '"v1"' });
  expect(patched.status).toBe(422);
  expect(await fingerprint()).toBe(before);
});

test("a weak ETag never satisfies If-Match: 412, and nothing changes (RFC 9110 §13.1.1)", async () => {
  const { claim } = await seedWorld(editor, editor);
  const before = await fingerprint();
  const weak = await editor.api.send("PATCH", `claims/${claim.id}`, JSON.stringify({ rationale: "Checked." }), { "If-Match": 'W/"v1"' });
  expect(weak.status).toBe(412);
  expect(weak.text).toMatch(/weak ETag/);
  const deleted = await editor.api.send("DELETE", `claims/${claim.id}`, undefined, { "If-Match": 'W/"v1"' });
  expect(deleted.status).toBe(412);
  expect(await fingerprint()).toBe(before);
  const strong = await editor.api.send("PATCH", `claims/${claim.id}`, JSON.stringify({ rationale: "Checked." }), { "If-Match": '"v1"' });
  expect(strong.status).toBe(200);
});
