import type { APIRequestContext } from "@playwright/test";
import { bearer } from "./api-client";
import { expect, newPerson, seedWorld, test, type Person } from "./fixtures";

type Setup = { author: string; other: string; editor: string; claimId: string; evidenceId: string; investigationId: string };

let people: { author: Person; other: Person; editor: Person };
test.beforeAll(() => {
  people = { author: newPerson("reviewer"), other: newPerson("reviewer"), editor: newPerson("editor") };
});

/** A fresh seeded world (the editor's investigation, the author's claim) with one evidence item by `author` (a reviewer). */
async function setUp(): Promise<Setup> {
  const world = await seedWorld(people.editor, people.author, "API checking");
  const evidence = await people.author.addEvidence(world.claim.id, { outlet: "Ministry statement", stance: "refutes" });
  const { author, other, editor } = people;
  return {
    author: author.token,
    other: other.token,
    editor: editor.token,
    claimId: world.claim.id,
    evidenceId: evidence.id,
    investigationId: world.investigationId,
  };
}

test.describe("checking through the API", () => {
  test("a claim is reviewed with versioned updates: ETag on reads, If-Match required, stale refused", async ({ request }) => {
    const s = await setUp();
    const read = await request.get(`/api/v1/claims/${s.claimId}`, { headers: bearer(s.author) });
    expect(read.headers().etag).toBe('"v1"');

    const missing = await request.patch(`/api/v1/claims/${s.claimId}`, { headers: bearer(s.author), data: { verdictKey: "false" } });
    expect(missing.status()).toBe(428);
    const updated = await request.patch(`/api/v1/claims/${s.claimId}`, {
      headers: { ...bearer(s.author), "If-Match": '"v1"' },
      data: { verdictKey: "false", rationale: "The ministry counted 238." },
    });
    expect(updated.status()).toBe(200);
    expect(updated.headers().etag).toBe('"v2"');
    const stale = await request.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(s.editor), "If-Match": '"v1"' }, data: { verdictKey: "true" } });
    expect(stale.status()).toBe(412);
    expect((await stale.json()).error.fields).toMatchObject({ verdictKey: "false", version: "2" });

    const approved = await request.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(s.editor), "If-Match": '"v2"' }, data: { status: "approved" } });
    expect((await approved.json()).status).toBe("approved");

    await request.post(`/api/v1/claims/${s.claimId}/comments`, { headers: bearer(s.other), data: { body: "Agreed." } });
    const history = await (await request.get(`/api/v1/claims/${s.claimId}/history`, { headers: bearer(s.other) })).json();
    expect(history.history.map((event: { action: string }) => event.action)).toEqual([
      "comment.added",
      "claim.status-changed",
      "claim.rationale-changed",
      "claim.verdict-set",
      "evidence.added",
      "claim.created",
    ]);
  });

  test("a comment is read, edited and deleted through the API by its author or an editor, with If-Match, and the history keeps both", async ({ request }) => {
    const s = await setUp();
    const comment = await (
      await request.post(`/api/v1/claims/${s.claimId}/comments`, { headers: bearer(s.author), data: { body: "Checked the list." } })
    ).json();
    const read = await request.get(`/api/v1/comments/${comment.id}`, { headers: bearer(s.other) });
    expect(read.headers().etag).toBe('"v1"');
    expect(await read.json()).toMatchObject({ id: comment.id, body: "Checked the list.", version: 1 });

    expect((await request.patch(`/api/v1/comments/${comment.id}`, { headers: bearer(s.author), data: { body: "No If-Match." } })).status()).toBe(428);
    expect(
      (await request.patch(`/api/v1/comments/${comment.id}`, { headers: { ...bearer(s.other), "If-Match": '"v1"' }, data: { body: "Not mine." } })).status(),
    ).toBe(403);
    expect(
      (await request.patch(`/api/v1/comments/${comment.id}`, { headers: { ...bearer(s.author), "If-Match": '"v1"' }, data: { body: "   " } })).status(),
    ).toBe(422);
    const edited = await request.patch(`/api/v1/comments/${comment.id}`, {
      headers: { ...bearer(s.author), "If-Match": '"v1"' },
      data: { body: "Checked the list: 238 names." },
    });
    expect(edited.status()).toBe(200);
    expect(edited.headers().etag).toBe('"v2"');
    const stale = await request.delete(`/api/v1/comments/${comment.id}`, { headers: { ...bearer(s.editor), "If-Match": '"v1"' } });
    expect(stale.status()).toBe(412);
    expect((await stale.json()).error.fields).toEqual({ version: "2", body: "Checked the list: 238 names." });
    expect((await request.delete(`/api/v1/comments/${comment.id}`, { headers: { ...bearer(s.other), "If-Match": '"v2"' } })).status()).toBe(403);
    expect((await request.delete(`/api/v1/comments/${comment.id}`, { headers: { ...bearer(s.editor), "If-Match": '"v2"' } })).status()).toBe(204);
    expect((await request.get(`/api/v1/comments/${comment.id}`, { headers: bearer(s.editor) })).status()).toBe(404);

    const history = await (await request.get(`/api/v1/claims/${s.claimId}/history`, { headers: bearer(s.other) })).json();
    expect(history.history.slice(0, 3).map((event: { action: string }) => event.action)).toEqual(["comment.deleted", "comment.updated", "comment.added"]);
  });

  test("independent verdicts are compared across reviewers", async ({ request }) => {
    const s = await setUp();
    for (const [token, verdictKey] of [
      [s.author, "false"],
      [s.other, "mostly-false"],
      [s.editor, "false"],
    ] as const) {
      expect((await request.post(`/api/v1/claims/${s.claimId}/assessments`, { headers: bearer(token), data: { verdictKey } })).status()).toBe(201);
    }
    const agreement = await (await request.get(`/api/v1/investigations/${s.investigationId}/agreement`, { headers: bearer(s.editor) })).json();
    expect(agreement).toMatchObject({ claimsCompared: 1, raters: 3 });
    expect(agreement.percentAgreement).toBeCloseTo(1 / 3);
  });

  test("approving against differing independent verdicts needs an approvalNote, which the history keeps", async ({ request }) => {
    const s = await setUp();
    await request.patch(`/api/v1/claims/${s.claimId}`, {
      headers: { ...bearer(s.author), "If-Match": '"v1"' },
      data: { verdictKey: "false", rationale: "The ministry counted 238." },
    });
    expect((await request.post(`/api/v1/claims/${s.claimId}/assessments`, { headers: bearer(s.other), data: { verdictKey: "mostly-false" } })).status()).toBe(
      201,
    );
    const approve = (data: Record<string, unknown>) =>
      request.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(s.editor), "If-Match": '"v2"' }, data: { status: "approved", ...data } });

    const withoutNote = await approve({});
    expect(withoutNote.status()).toBe(422);
    expect((await withoutNote.json()).error.fields.approvalNote).toMatch(/^The reviewer's independent verdict differs: Mostly false \(.+\)\. Add a short note/);
    expect((await approve({ approvalNote: "x".repeat(1_001) })).status()).toBe(422);
    const withNote = await approve({ approvalNote: "The ministry's count is the primary source." });
    expect(withNote.status()).toBe(200);
    const history = await (await request.get(`/api/v1/claims/${s.claimId}/history`, { headers: bearer(s.other) })).json();
    expect(history.history[0]).toMatchObject({
      action: "claim.status-changed",
      data: { status: ["open", "approved"], approvalNote: "The ministry's count is the primary source." },
    });
  });

  test("a reviewer who has not recorded their own verdict learns nothing from the agreement figures about the hidden verdicts", async ({ request }) => {
    const s = await setUp();
    await request.post(`/api/v1/claims/${s.claimId}/assessments`, { headers: bearer(s.author), data: { verdictKey: "false" } });
    await request.post(`/api/v1/claims/${s.claimId}/assessments`, { headers: bearer(s.other), data: { verdictKey: "true" } });
    const newcomer = newPerson("reviewer").token;
    const agreementFor = async (token: string) =>
      (await request.get(`/api/v1/investigations/${s.investigationId}/agreement`, { headers: bearer(token) })).json();

    expect(await agreementFor(newcomer)).toEqual({
      claimsCompared: 0,
      raters: 0,
      percentAgreement: null,
      fleissKappa: null,
      disagreements: [],
      isLimitedToOwnAssessments: true,
    });
    expect(await agreementFor(s.editor)).toMatchObject({ claimsCompared: 1, percentAgreement: 0, isLimitedToOwnAssessments: false });
    await request.post(`/api/v1/claims/${s.claimId}/assessments`, { headers: bearer(newcomer), data: { verdictKey: "mixed" } });
    expect(await agreementFor(newcomer)).toMatchObject({ claimsCompared: 1, raters: 3, disagreements: [{ claimId: s.claimId }] });
  });

  test("the live stream delivers each change as an event", async ({ request }) => {
    const s = await setUp();
    const port = new URL(test.info().project.use.baseURL!).port;
    const controller = new AbortController();
    const response = await fetch(`http://localhost:${port}/api/v1/investigations/${s.investigationId}/events`, {
      headers: bearer(s.editor),
      signal: controller.signal,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    await request.post(`/api/v1/claims/${s.claimId}/comments`, { headers: bearer(s.other), data: { body: "Live." } });
    let received = "";
    while (!received.includes("comment.added")) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toMatch(/id: \d+\nevent: change\ndata: \{"action":"comment.added"/);
  });

  /** Who may do what; every refusal must leave the claim and its evidence unchanged. */
  const matrix: {
    action: string;
    as: "author" | "other" | "editor";
    expected: number;
    run: (request: APIRequestContext, s: Setup, token: string) => Promise<number>;
  }[] = [
    {
      action: "set the verdict of their own claim",
      as: "author",
      expected: 200,
      run: async (r, s, t) =>
        (await r.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { verdictKey: "mixed" } })).status(),
    },
    {
      action: "set the verdict of another's claim",
      as: "other",
      expected: 403,
      run: async (r, s, t) =>
        (await r.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { verdictKey: "mixed" } })).status(),
    },
    {
      action: "approve",
      as: "author",
      expected: 403,
      run: async (r, s, t) =>
        (await r.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { status: "approved" } })).status(),
    },
    {
      action: "approve without verdict",
      as: "editor",
      expected: 422,
      run: async (r, s, t) =>
        (await r.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { status: "approved" } })).status(),
    },
    {
      action: "assign another person",
      as: "other",
      expected: 403,
      run: async (r, s, t) =>
        (await r.patch(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { assigneeId: "someone" } })).status(),
    },
    {
      action: "edit another's evidence",
      as: "other",
      expected: 403,
      run: async (r, s, t) =>
        (
          await r.patch(`/api/v1/evidence/${s.evidenceId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { outlet: "x", stance: "supports" } })
        ).status(),
    },
    {
      action: "remove another's evidence",
      as: "other",
      expected: 403,
      run: async (r, s, t) => (await r.delete(`/api/v1/evidence/${s.evidenceId}`, { headers: { ...bearer(t), "If-Match": '"v1"' } })).status(),
    },
    {
      action: "edit another's evidence",
      as: "editor",
      expected: 200,
      run: async (r, s, t) =>
        (
          await r.patch(`/api/v1/evidence/${s.evidenceId}`, { headers: { ...bearer(t), "If-Match": '"v1"' }, data: { outlet: "x", stance: "supports" } })
        ).status(),
    },
    {
      action: "delete another's claim",
      as: "other",
      expected: 403,
      run: async (r, s, t) => (await r.delete(`/api/v1/claims/${s.claimId}`, { headers: { ...bearer(t), "If-Match": '"v1"' } })).status(),
    },
    {
      action: "create an investigation",
      as: "author",
      expected: 403,
      run: async (r, _s, t) => (await r.post("/api/v1/investigations", { headers: bearer(t), data: { title: "x" } })).status(),
    },
    {
      action: "add evidence with a javascript: link",
      as: "author",
      expected: 422,
      run: async (r, s, t) =>
        (await r.post(`/api/v1/claims/${s.claimId}/evidence`, { headers: bearer(t), data: { url: "javascript:alert(1)", stance: "supports" } })).status(),
    },
  ];

  test("permission matrix: each role gets the documented answer and refusals change nothing", async ({ request }) => {
    for (const row of matrix) {
      const s = await setUp();
      const before = {
        claim: await (await request.get(`/api/v1/claims/${s.claimId}`, { headers: bearer(s.editor) })).json(),
        evidence: await (await request.get(`/api/v1/evidence/${s.evidenceId}`, { headers: bearer(s.editor) })).json(),
      };
      const status = await row.run(request, s, s[row.as]);
      expect(status, `${row.as} may ${row.expected < 300 ? "" : "not "}${row.action}`).toBe(row.expected);
      if (row.expected >= 400) {
        const after = {
          claim: await (await request.get(`/api/v1/claims/${s.claimId}`, { headers: bearer(s.editor) })).json(),
          evidence: await (await request.get(`/api/v1/evidence/${s.evidenceId}`, { headers: bearer(s.editor) })).json(),
        };
        expect(after, `a refused "${row.action}" wrote nothing`).toEqual(before);
      }
    }
  });
});
