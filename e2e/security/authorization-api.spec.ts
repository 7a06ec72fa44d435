import { apiClient } from "../api-client";
import { createAccount, createApiToken, expect, test, type Account } from "../fixtures";
import { caseName, casesOf, rowsOfKind, type AuthorizationCase, type Outcome, type SignedInRole } from "./authorization-table";
import { changedTables, fingerprint, send, sessionCookieOf, signInOverHttp, type RawRequest, type RawResponse } from "./support";
import { captureSitePort, importTestServerPort } from "../setup/environment.mjs";
import { startCaptureSite, type CaptureSite } from "../capture-site";

/**
 * The route-handler half of the authorization matrix (authorization-table.ts): every method
 * of every route, sent over HTTP with each role's API token — or session cookie, for the
 * export downloads — against fresh objects owned by the caller or by someone else. A refusal
 * (401, 403, 404, 409, 422) must leave the database exactly as it was; an allowed write must
 * change it. Requests come from 127.0.0.20 so the sign-in cases spend no other test's budget.
 */
const from = "127.0.0.20";
const text = "Officials counted over 200 deportees on Sunday. A later list named 238 Venezuelans and 23 Salvadorans.";

type Person = SignedInRole | "otherReviewer" | "otherEditor";
let people: Record<Person, { account: Account; token: string; cookie: string; id: string }>;
let templateSourceId: string;
let captureSite: CaptureSite;

/** JSON over the API as `who`, for setting up objects; throws unless it succeeded. */
const api = (who: Person, method: string, target: string, data?: unknown) => apiClient(people[who].token, { from }).json(method, target, data);

test.beforeAll(async () => {
  // Ten command-line runs (accounts and tokens): on a loaded machine they take more than the default 30 s.
  test.setTimeout(120_000);
  captureSite = await startCaptureSite({ port: captureSitePort });
  const make = async (role: Account["role"]) => {
    const account = createAccount(role);
    const token = createApiToken(account);
    const { cookie, response } = await signInOverHttp(account, from);
    if (!cookie) throw new Error(`No session for ${account.email}: ${response.status}`);
    const me = await send({ path: "/api/v1/me", from, headers: { Authorization: `Bearer ${token}` } });
    return { account, token, cookie, id: (JSON.parse(me.text) as { id: string }).id };
  };
  people = {
    reviewer: await make("reviewer"),
    editor: await make("editor"),
    admin: await make("admin"),
    otherReviewer: await make("reviewer"),
    otherEditor: await make("editor"),
  };
  const template = await api("otherEditor", "POST", "investigations", { title: "Import template" });
  const source = await api("otherEditor", "POST", `investigations/${template.id}/sources`, { title: "Template", text });
  await api("otherEditor", "POST", `sources/${source.id}/claims`, { selector: { exact: "238 Venezuelans" } });
  templateSourceId = source.id;
});

test.afterAll(async () => {
  await captureSite.close();
});

/** Who does what: the caller (absent when signed out) and who owns the objects. */
type Context = { caller: Person | null; owner: Person; investigationOwner: Person; relation: AuthorizationCase["relation"] };

const investigationBy = async (owner: Person) =>
  (await api(owner === "reviewer" || owner === "otherReviewer" ? "otherEditor" : owner, "POST", "investigations", { title: "Matrix" })).id;
const sourceIn = async (owner: Person, investigationId: string) =>
  (await api(owner, "POST", `investigations/${investigationId}/sources`, { title: "Wire", url: `https://wire.example/${crypto.randomUUID()}`, text })).id;
const claimOn = (owner: Person, sourceId: string, exact = "over 200 deportees") => api(owner, "POST", `sources/${sourceId}/claims`, { selector: { exact } });
async function claimOf(c: Context, owner = c.owner) {
  const investigationId = await investigationBy(c.investigationOwner);
  const sourceId = await sourceIn(owner, investigationId);
  return { investigationId, sourceId, claim: await claimOn(owner, sourceId) };
}

/** PATCH /claims/{id} as `who` at `version`; throws unless it succeeded. */
const patchClaim = (who: Person, id: string, version: number, changes: Record<string, unknown>) =>
  apiClient(people[who].token, { from }).json<{ version: number }>("PATCH", `claims/${id}`, changes, { "If-Match": `"v${version}"` });

/** A claim of the case with evidence, a verdict and a rationale (by its owner), approved by another editor (four eyes). */
async function approvedClaimOf(c: Context) {
  const { claim, ...rest } = await claimOf(c);
  const item = await api(c.owner, "POST", `claims/${claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" });
  const reviewed = await patchClaim(c.owner, claim.id, claim.version, { verdictKey: "mostly-false", rationale: "The list has 238 names." });
  const approved = await patchClaim("otherEditor", claim.id, reviewed.version, { status: "approved" });
  return { ...rest, claim: { id: claim.id, version: approved.version }, item };
}

/** Waits until the server's capture worker has finished capture `id` (done or failed); throws after a minute. */
async function captureFinished(who: Person, id: string) {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const capture = await api(who, "GET", `captures/${id}`);
    if (capture.status === "done" || capture.status === "failed") return capture;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Capture ${id} did not finish in a minute.`);
}

/** Evidence of the case's owner linking a page of the capture site, captured by the server. */
async function capturedEvidenceOf(c: Context) {
  const { claim } = await claimOf(c);
  const item = await api(c.owner, "POST", `claims/${claim.id}/evidence`, {
    url: `${captureSite.origin}/article?case=${crypto.randomUUID()}`,
    stance: "supports",
  });
  const capture = await captureFinished(c.owner, (item.capture as { id: string }).id);
  if (capture.status !== "done") throw new Error(`The capture of ${String(item.url)} failed: ${String(capture.error)}`);
  return { item, captureId: capture.id };
}

const figure = {
  quantity: { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" },
};

type Driver = {
  setup: (c: Context) => Promise<RawRequest>;
  /** How the caller authenticates: its token (default), its session cookie, or both ways for a read. */
  auth?: "bearer" | "session";
  /** For Auth.js's sign-in route: allowed means a session cookie was issued. */
  outcome?: (response: RawResponse) => Outcome;
};

/** A receiver address the e2e server may reach (IMPORT_ALLOW_HOSTS); nothing is sent to it here. */
const webhookUrl = `http://127.0.0.1:${importTestServerPort}/hooks`;
const json = (method: string, target: string, data: unknown, headers: Record<string, string> = {}): RawRequest => ({
  method,
  path: `/api/v1/${target}`,
  headers: { "Content-Type": "application/json", ...headers },
  body: JSON.stringify(data),
});
const get = (target: string): RawRequest => ({ path: `/api/v1/${target}` });

const drivers: Record<string, Driver> = {
  "GET /api/auth/[...nextauth]": { auth: "session", setup: async () => ({ path: "/api/auth/session" }) },
  "POST /api/auth/[...nextauth]": {
    setup: async () => ({ path: "unused" }),
    outcome: (response) => (sessionCookieOf(response) ? "allowed" : "refused"),
  },
  "GET /api/export/investigations/[id]": {
    auth: "session",
    setup: async (c) => ({ path: `/api/export/investigations/${(await claimOf(c)).investigationId}?format=csv` }),
  },
  "GET /api/export/sources/[id]": { auth: "session", setup: async (c) => ({ path: `/api/export/sources/${(await claimOf(c)).sourceId}?format=md` }) },
  "GET /api/captures/[id]/screenshot": {
    auth: "session",
    setup: async (c) => ({ path: `/api/captures/${(await capturedEvidenceOf(c)).captureId}/screenshot` }),
  },
  "GET /api/captures/[id]/archive": { auth: "session", setup: async (c) => ({ path: `/api/captures/${(await capturedEvidenceOf(c)).captureId}/archive` }) },
  "GET /api/sources/[id]/suggestions": { auth: "session", setup: async (c) => ({ path: `/api/sources/${(await claimOf(c)).sourceId}/suggestions` }) },
  "GET /api/v1/openapi.json": { setup: async () => get("openapi.json") },
  "GET /api/docs": { setup: async () => ({ path: "/api/docs" }) },
  "GET /api/docs/assets/[file]": { setup: async () => ({ path: "/api/docs/assets/start.js" }) },
  "GET /api/v1/me": { setup: async () => get("me") },
  "GET /api/v1/notifications": { setup: async () => get("notifications?unread=1") },
  "POST /api/v1/notifications/read": {
    setup: async (c) => {
      // A notification of the owner: another editor assigns them a claim.
      const { claim } = await claimOf({ ...c, owner: "otherEditor", investigationOwner: "otherEditor" });
      await patchClaim("otherEditor", claim.id, claim.version, { assigneeId: people[c.owner].id });
      const { items } = (await api(c.owner, "GET", "notifications?unread=1&limit=1")) as unknown as { items: { id: string }[] };
      return json("POST", "notifications/read", { ids: [items[0]!.id] });
    },
  },
  "GET /api/v1/notifications/events": { setup: async () => ({ ...get("notifications/events"), headersOnly: true }) },
  "GET /api/v1/me/work": { setup: async () => get("me/work") },
  "GET /api/v1/investigations": { setup: async () => get("investigations?limit=5") },
  "GET /api/v1/search": { setup: async (c) => get(`search?q=deportees&limit=5&investigation=${(await claimOf(c)).investigationId}`) },
  "GET /api/v1/investigations/[id]/claims": { setup: async (c) => get(`investigations/${(await claimOf(c)).investigationId}/claims?status=open&overdue=0`) },

  "POST /api/v1/investigations": { setup: async () => json("POST", "investigations", { title: "New" }) },
  "GET /api/v1/investigations/[id]": { setup: async (c) => get(`investigations/${await investigationBy(c.investigationOwner)}`) },
  "PATCH /api/v1/investigations/[id]": {
    setup: async (c) =>
      json(
        "PATCH",
        `investigations/${await investigationBy(c.investigationOwner)}`,
        { publishedUrl: "https://factdesk.example/flights" },
        { "If-Match": '"v1"' },
      ),
  },
  "POST /api/v1/investigations/[id]/public-link": {
    setup: async (c) => json("POST", `investigations/${await investigationBy(c.investigationOwner)}/public-link`, { expiresInDays: 7 }),
  },
  "DELETE /api/v1/investigations/[id]/public-link": {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      await api("otherEditor", "POST", `investigations/${id}/public-link`, {});
      return { method: "DELETE", path: `/api/v1/investigations/${id}/public-link` };
    },
  },
  "GET /p/[token]": {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const { url } = await apiClient(people.otherEditor.token, { from }).json<{ url: string }>("POST", `investigations/${id}/public-link`, {});
      return { path: new URL(url).pathname };
    },
  },
  "GET /api/v1/investigations/[id]/agreement": { setup: async (c) => get(`investigations/${await investigationBy(c.investigationOwner)}/agreement`) },
  "GET /api/v1/investigations/[id]/events": {
    setup: async (c) => ({ ...get(`investigations/${await investigationBy(c.investigationOwner)}/events`), headersOnly: true }),
  },
  "GET /api/v1/investigations/[id]/export": { setup: async (c) => get(`investigations/${(await claimOf(c)).investigationId}/export?format=csv`) },
  "GET /api/v1/investigations/[id]/facts": { setup: async (c) => get(`investigations/${await investigationBy(c.investigationOwner)}/facts`) },
  "POST /api/v1/investigations/[id]/facts": {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const named = c.relation === "otherInvestigation" ? await investigationBy(c.investigationOwner) : investigationId;
      return json("POST", `investigations/${named}/facts`, { title: "People flown", claimIds: [claim.id] });
    },
  },
  "POST /api/v1/investigations/[id]/import": {
    setup: async (c) => {
      const file = await send({
        path: `/api/v1/sources/${templateSourceId}/export?format=w3c`,
        from,
        headers: { Authorization: `Bearer ${people.admin.token}` },
      });
      return {
        method: "POST",
        path: `/api/v1/investigations/${await investigationBy(c.investigationOwner)}/import`,
        headers: { "Content-Type": "application/ld+json" },
        body: file.text,
      };
    },
  },
  "POST /api/v1/investigations/[id]/sources": {
    setup: async (c) => json("POST", `investigations/${await investigationBy(c.investigationOwner)}/sources`, { title: "Pasted", text }),
  },
  "GET /api/v1/investigations/[id]/webhooks": { setup: async (c) => get(`investigations/${await investigationBy(c.investigationOwner)}/webhooks`) },
  "POST /api/v1/investigations/[id]/webhooks": {
    setup: async (c) => json("POST", `investigations/${await investigationBy(c.investigationOwner)}/webhooks`, { url: webhookUrl }),
  },
  "DELETE /api/v1/investigations/[id]/webhooks/[webhookId]": {
    setup: async (c) => {
      const id = await investigationBy(c.investigationOwner);
      const creator = c.investigationOwner === "reviewer" || c.investigationOwner === "otherReviewer" ? "otherEditor" : c.investigationOwner;
      const webhook = await api(creator, "POST", `investigations/${id}/webhooks`, { url: webhookUrl });
      // Across investigations: the webhook named through another investigation than its own.
      const named = c.relation === "otherInvestigation" ? await investigationBy(c.investigationOwner) : id;
      return { method: "DELETE", path: `/api/v1/investigations/${named}/webhooks/${webhook.id}` };
    },
  },

  "GET /api/v1/sources/[id]": { setup: async (c) => get(`sources/${(await claimOf(c)).sourceId}`) },
  "PATCH /api/v1/sources/[id]": {
    setup: async (c) => json("PATCH", `sources/${(await claimOf(c)).sourceId}`, { outlet: "El Faro", publishedAt: "2025-03-16" }, { "If-Match": '"v1"' }),
  },
  "GET /api/v1/sources/[id]/claims": { setup: async (c) => get(`sources/${(await claimOf(c)).sourceId}/claims`) },
  "POST /api/v1/sources/[id]/claims": {
    setup: async (c) => json("POST", `sources/${(await claimOf(c)).sourceId}/claims`, { selector: { exact: "238 Venezuelans" } }),
  },
  "GET /api/v1/sources/[id]/export": { setup: async (c) => get(`sources/${(await claimOf(c)).sourceId}/export?format=md`) },
  "GET /api/v1/sources/[id]/suggestions": { setup: async (c) => get(`sources/${(await claimOf(c)).sourceId}/suggestions`) },
  "PUT /api/v1/sources/[id]/text": {
    setup: async (c) => json("PUT", `sources/${(await claimOf(c)).sourceId}/text`, { text: `${text} A correction followed.` }),
  },
  "GET /api/v1/sources/[id]/versions": { setup: async (c) => get(`sources/${(await claimOf(c)).sourceId}/versions`) },

  "GET /api/v1/claims/[id]": { setup: async (c) => get(`claims/${(await claimOf(c)).claim.id}`) },
  "PATCH /api/v1/claims/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return json("PATCH", `claims/${claim.id}`, { verdictKey: "false", rationale: "The list has 238 names." }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "DELETE /api/v1/claims/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return { method: "DELETE", path: `/api/v1/claims/${claim.id}`, headers: { "If-Match": `"v${claim.version}"` } };
    },
  },
  "PATCH /api/v1/claims/[id]#approved": {
    setup: async (c) => {
      const { claim } = await approvedClaimOf(c);
      return json("PATCH", `claims/${claim.id}`, { verdictKey: "false", rationale: "Changed after approval." }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#publication": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const fields = { statement: "Over 200 deportees arrived.", claimant: "The ministry", publishedUrl: "https://factdesk.example/200" };
      return json("PATCH", `claims/${claim.id}`, fields, { "If-Match": `"v${claim.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#statement-approved": {
    setup: async (c) => {
      const { claim } = await approvedClaimOf(c);
      return json("PATCH", `claims/${claim.id}`, { statement: "Other words.", claimant: "Someone" }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#published-url-approved": {
    setup: async (c) => {
      const { claim } = await approvedClaimOf(c);
      return json("PATCH", `claims/${claim.id}`, { publishedUrl: "https://factdesk.example/200" }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "DELETE /api/v1/claims/[id]#approved": {
    setup: async (c) => {
      const { claim } = await approvedClaimOf(c);
      return { method: "DELETE", path: `/api/v1/claims/${claim.id}`, headers: { "If-Match": `"v${claim.version}"` } };
    },
  },
  "PATCH /api/v1/claims/[id]#reopen": {
    setup: async (c) => {
      const { claim } = await approvedClaimOf(c);
      return json("PATCH", `claims/${claim.id}`, { status: "open" }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#take-held": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const held = await patchClaim("otherEditor", claim.id, claim.version, { assigneeId: people.otherEditor.id });
      return json("PATCH", `claims/${claim.id}`, { assigneeId: people[c.caller ?? "reviewer"].id }, { "If-Match": `"v${held.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#due-date": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return json("PATCH", `claims/${claim.id}`, { dueAt: "2026-12-31" }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#approve-own-verdict": {
    setup: async (c) => {
      // The caller (assigned by another editor, so a reviewer may too) sets the verdict, then tries to approve it.
      const { claim } = await claimOf(c);
      await api(c.owner, "POST", `claims/${claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" });
      const author = c.caller ?? "otherEditor";
      const assigned = await patchClaim("otherEditor", claim.id, claim.version, { assigneeId: people[author].id });
      const reviewed = await patchClaim(author, claim.id, assigned.version, { verdictKey: "mostly-false", rationale: "The list has 238 names." });
      return json("PATCH", `claims/${claim.id}`, { status: "approved" }, { "If-Match": `"v${reviewed.version}"` });
    },
  },
  "PATCH /api/v1/claims/[id]#take-unassigned": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return json("PATCH", `claims/${claim.id}`, { assigneeId: people[c.caller ?? "reviewer"].id }, { "If-Match": `"v${claim.version}"` });
    },
  },
  "POST /api/v1/claims/[id]/evidence#approved": {
    setup: async (c) => json("POST", `claims/${(await approvedClaimOf(c)).claim.id}/evidence`, { outlet: "Court", stance: "supports" }),
  },
  "POST /api/v1/claims/[id]/comments#approved": {
    setup: async (c) => json("POST", `claims/${(await approvedClaimOf(c)).claim.id}/comments`, { body: "Published." }),
  },
  "PUT /api/v1/claims/[id]/quantity#approved": { setup: async (c) => json("PUT", `claims/${(await approvedClaimOf(c)).claim.id}/quantity`, figure) },
  "PATCH /api/v1/evidence/[id]#approved": {
    setup: async (c) => {
      const { item } = await approvedClaimOf(c);
      return json("PATCH", `evidence/${item.id}`, { outlet: "Court", stance: "supports" }, { "If-Match": `"v${item.version}"` });
    },
  },
  "DELETE /api/v1/evidence/[id]#approved": {
    setup: async (c) => {
      const { item } = await approvedClaimOf(c);
      return { method: "DELETE", path: `/api/v1/evidence/${item.id}`, headers: { "If-Match": `"v${item.version}"` } };
    },
  },
  "POST /api/v1/claims/[id]/assessments": { setup: async (c) => json("POST", `claims/${(await claimOf(c)).claim.id}/assessments`, { verdictKey: "false" }) },
  "POST /api/v1/claims/[id]/comments": { setup: async (c) => json("POST", `claims/${(await claimOf(c)).claim.id}/comments`, { body: "Checked the list." }) },
  "POST /api/v1/claims/[id]/evidence": {
    setup: async (c) => json("POST", `claims/${(await claimOf(c)).claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" }),
  },
  "GET /api/v1/claims/[id]/history": { setup: async (c) => get(`claims/${(await claimOf(c)).claim.id}/history`) },
  "GET /api/v1/claims/[id]/link-suggestions": { setup: async (c) => get(`claims/${(await claimOf(c)).claim.id}/link-suggestions`) },
  "GET /api/v1/claims/[id]/checked-before": { setup: async (c) => get(`claims/${(await claimOf(c)).claim.id}/checked-before`) },
  "GET /api/v1/claims/[id]/quantity": { setup: async (c) => get(`claims/${(await claimOf(c)).claim.id}/quantity`) },
  "PUT /api/v1/claims/[id]/quantity": {
    setup: async (c) =>
      json("PUT", `claims/${(await claimOf(c)).claim.id}/quantity`, {
        quantity: { low: 230, high: null, lowInclusive: true, highInclusive: false, hedge: "at-least", value: 230, unit: "deportees", text: "at least 230" },
      }),
  },

  "GET /api/v1/evidence/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return get(`evidence/${(await api(c.owner, "POST", `claims/${claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" })).id}`);
    },
  },
  "PATCH /api/v1/evidence/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const item = await api(c.owner, "POST", `claims/${claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" });
      return json("PATCH", `evidence/${item.id}`, { outlet: "Ministry of the Interior", stance: "supports" }, { "If-Match": `"v${item.version}"` });
    },
  },
  "DELETE /api/v1/evidence/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const item = await api(c.owner, "POST", `claims/${claim.id}/evidence`, { outlet: "Ministry", stance: "refutes" });
      return { method: "DELETE", path: `/api/v1/evidence/${item.id}`, headers: { "If-Match": `"v${item.version}"` } };
    },
  },

  "POST /api/v1/evidence/[id]/capture": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const item = await api(c.owner, "POST", `claims/${claim.id}/evidence`, {
        url: `${captureSite.origin}/article?case=${crypto.randomUUID()}`,
        stance: "refutes",
      });
      return json("POST", `evidence/${item.id}/capture`, {});
    },
  },
  "POST /api/v1/evidence/[id]/capture#approved": {
    setup: async (c) => {
      // Its evidence has no web address: the approval lock answers first, for everyone.
      const { item } = await approvedClaimOf(c);
      return json("POST", `evidence/${item.id}/capture`, {});
    },
  },
  "GET /api/v1/captures/[id]": { setup: async (c) => get(`captures/${(await capturedEvidenceOf(c)).captureId}`) },
  "GET /api/v1/captures/[id]/text": { setup: async (c) => get(`captures/${(await capturedEvidenceOf(c)).captureId}/text`) },
  "GET /api/v1/captures/[id]/screenshot.png": { setup: async (c) => get(`captures/${(await capturedEvidenceOf(c)).captureId}/screenshot.png`) },
  "GET /api/v1/captures/[id]/archive.wacz": { setup: async (c) => get(`captures/${(await capturedEvidenceOf(c)).captureId}/archive.wacz`) },
  "POST /api/v1/captures/[id]/recheck": { setup: async (c) => json("POST", `captures/${(await capturedEvidenceOf(c)).captureId}/recheck`, {}) },

  "GET /api/v1/comments/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      return get(`comments/${(await api(c.owner, "POST", `claims/${claim.id}/comments`, { body: "Checked the list." })).id}`);
    },
  },
  "PATCH /api/v1/comments/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const comment = await api(c.owner, "POST", `claims/${claim.id}/comments`, { body: "Checked the list." });
      return json("PATCH", `comments/${comment.id}`, { body: "Checked the list: 238 names." }, { "If-Match": `"v${comment.version}"` });
    },
  },
  "DELETE /api/v1/comments/[id]": {
    setup: async (c) => {
      const { claim } = await claimOf(c);
      const comment = await api(c.owner, "POST", `claims/${claim.id}/comments`, { body: "Checked the list." });
      return { method: "DELETE", path: `/api/v1/comments/${comment.id}`, headers: { "If-Match": `"v${comment.version}"` } };
    },
  },

  "GET /api/v1/facts/[id]": {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      return get(`facts/${(await api(c.owner, "POST", `investigations/${investigationId}/facts`, { title: "People flown", claimIds: [claim.id] })).id}`);
    },
  },
  "POST /api/v1/facts/[id]/claims": {
    setup: async (c) => {
      const { investigationId, sourceId } = await claimOf(c);
      const fact = await api(c.owner, "POST", `investigations/${investigationId}/facts`, { title: "People flown", claimIds: [] });
      // Across investigations: the caller's own claim, but in another investigation than the fact's.
      const claim = c.relation === "otherInvestigation" ? (await claimOf(c)).claim : await claimOn(c.owner, sourceId, "238 Venezuelans");
      return json("POST", `facts/${fact.id}/claims`, { claimIds: [claim.id] });
    },
  },
  "DELETE /api/v1/facts/[id]/claims": {
    setup: async (c) => {
      const { investigationId, claim } = await claimOf(c);
      const fact = await api(c.owner, "POST", `investigations/${investigationId}/facts`, { title: "People flown", claimIds: [claim.id] });
      if (c.relation !== "otherInvestigation") return { method: "DELETE", path: `/api/v1/facts/${fact.id}/claims?claimId=${claim.id}` };
      // Across investigations: a fact of another investigation, which this claim is not linked to.
      const elsewhere = await claimOf({ ...c, owner: "otherReviewer", investigationOwner: "otherEditor" });
      const otherFact = await api("otherReviewer", "POST", `investigations/${elsewhere.investigationId}/facts`, {
        title: "Other",
        claimIds: [elsewhere.claim.id],
      });
      return { method: "DELETE", path: `/api/v1/facts/${otherFact.id}/claims?claimId=${claim.id}` };
    },
  },
};

const refusalStatuses = new Set([401, 403, 404, 409, 422]);

async function runCase({ row, role, relation }: AuthorizationCase): Promise<{ outcome: Outcome | "error"; detail: string; changed: string[] }> {
  const driver = drivers[row.id];
  if (!driver) throw new Error(`No driver for ${row.id}: add one to e2e/security/authorization-api.spec.ts`);
  const caller = role === "anonymous" ? null : role;
  const mine = relation === "own" || relation === "otherInvestigation";
  const context: Context = { caller, relation, owner: mine && caller ? caller : "otherReviewer", investigationOwner: mine && caller ? caller : "otherEditor" };

  if (row.id === "POST /api/auth/[...nextauth]") {
    const account = caller ? people[caller].account : { email: `nobody-${crypto.randomUUID()}@e2e.test`, password: "a password" };
    const before = await fingerprint();
    const { response } = await signInOverHttp(account, from);
    return { outcome: driver.outcome!(response), detail: `${response.status}`, changed: changedTables(before, await fingerprint()) };
  }

  const request = await driver.setup(context);
  const credentials =
    caller === null ? {} : (driver.auth ?? row.auth) === "session" ? { Cookie: people[caller].cookie } : { Authorization: `Bearer ${people[caller].token}` };
  const before = await fingerprint();
  const response = await send({ ...request, from, headers: { ...request.headers, ...credentials } });
  const changed = changedTables(before, await fingerprint());
  const detail = `${response.status} ${response.text.slice(0, 160)}`;
  if (response.status < 300) return { outcome: "allowed", detail, changed };
  return { outcome: refusalStatuses.has(response.status) ? "refused" : "error", detail, changed };
}

test.describe("route handlers: every role × relation gets the answer the table gives", () => {
  test.setTimeout(120_000);
  for (const row of rowsOfKind("route")) {
    test(row.id, async () => {
      const mismatches: string[] = [];
      for (const testCase of casesOf(row)) {
        const { outcome, detail, changed } = await runCase(testCase);
        const name = caseName(testCase);
        if (outcome !== testCase.expected) mismatches.push(`${name}: expected ${testCase.expected}, got ${outcome} (${detail})`);
        else if (outcome === "refused" && changed.length > 0) mismatches.push(`${name}: refused (${detail}) but ${changed.join(", ")} changed`);
        else if (outcome === "allowed" && row.writes && changed.length === 0) mismatches.push(`${name}: allowed (${detail}) but nothing was written`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  test("has a driver for every route row", () => {
    expect(
      rowsOfKind("route")
        .filter((row) => !drivers[row.id])
        .map((row) => row.id),
    ).toEqual([]);
  });
});

test.describe("cookies never authorise the API", () => {
  test("every /api/v1 method refuses a valid session cookie without a bearer token, and writes nothing", async () => {
    const mismatches: string[] = [];
    for (const row of rowsOfKind("route").filter((r) => r.auth === "bearer")) {
      const request = await drivers[row.id]!.setup({ caller: "admin", relation: "own", owner: "admin", investigationOwner: "admin" });
      const before = await fingerprint();
      const response = await send({ ...request, from, headers: { ...request.headers, Cookie: people.admin.cookie } });
      if (response.status !== 401) mismatches.push(`${row.id}: ${response.status}`);
      const changed = changedTables(before, await fingerprint());
      if (changed.length > 0) mismatches.push(`${row.id}: ${changed.join(", ")} changed`);
    }
    expect(mismatches).toEqual([]);
  });
});
