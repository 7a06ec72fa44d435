import { beforeEach, describe, expect, it } from "vitest";
import { parseClaimListQuery } from "@/lib/checking/claim-filter";
import { installTestDatabase } from "../test-database";
import { listClaimsByInvestigation } from "./claim-list";
import { updateClaimReview } from "./claim-review";
import { seedDesk } from "./desk-test-world";
import { createFact } from "./facts";

beforeEach(async () => {
  await installTestDatabase();
});

const today = "2026-12-07";

describe("an investigation's claim list", () => {
  it("filters by status, verdict, assignee (me, none), source, fact, conflict and overdue", async () => {
    const { editor, reviewer, investigationId, source, claims } = await seedDesk();
    const [fewer, venezuelans] = claims as [(typeof claims)[0], (typeof claims)[0]];
    await updateClaimReview({
      actor: editor,
      id: fewer.id,
      version: fewer.version,
      changes: { assigneeId: reviewer.id, dueAt: "2026-12-01", verdictKey: "false", status: "in-review" },
    });
    await updateClaimReview({ actor: editor, id: venezuelans.id, version: venezuelans.version, changes: { dueAt: "2026-12-09" } });
    const fact = await createFact({ actor: reviewer, investigationId, title: "Deportees", claimIds: [fewer.id, venezuelans.id] });
    const list = async (params: Record<string, string>, actor = reviewer) =>
      (await listClaimsByInvestigation({ actor, investigationId, query: parseClaimListQuery(params), today })).claims.map((claim) => claim.exact);

    expect(await list({})).toEqual(["fewer than 100 deportees", "238 deportees", "23 Salvadorans"]);
    expect(await list({ status: "in-review" })).toEqual(["fewer than 100 deportees"]);
    expect(await list({ verdict: "false" })).toEqual(["fewer than 100 deportees"]);
    expect(await list({ verdict: "none" })).toEqual(["238 deportees", "23 Salvadorans"]);
    expect(await list({ assignee: "me" })).toEqual(["fewer than 100 deportees"]);
    expect(await list({ assignee: "me" }, editor)).toEqual([]);
    expect(await list({ assignee: reviewer.id }, editor)).toEqual(["fewer than 100 deportees"]);
    expect(await list({ assignee: "none" })).toEqual(["238 deportees", "23 Salvadorans"]);
    expect(await list({ source: source.id, fact: fact.id })).toEqual(["fewer than 100 deportees", "238 deportees"]);
    expect(await list({ fact: "none" })).toEqual(["23 Salvadorans"]);
    expect(await list({ conflict: "1" })).toEqual(["fewer than 100 deportees", "238 deportees"]);
    expect(await list({ conflict: "0" })).toEqual(["23 Salvadorans"]);
    expect(await list({ overdue: "1" })).toEqual(["fewer than 100 deportees"]);
    expect(await list({ overdue: "0" })).toEqual(["238 deportees", "23 Salvadorans"]);
    expect(await list({ overdue: "1", status: "open" })).toEqual([]);

    const [row] = (await listClaimsByInvestigation({ actor: reviewer, investigationId, query: parseClaimListQuery({ overdue: "1" }), today })).claims;
    expect(row).toMatchObject({
      verdict: { key: "false", label: "False" },
      assignee: { id: reviewer.id },
      dueAt: "2026-12-01",
      isOverdue: true,
      fact: { id: fact.id, title: "Deportees" },
      source: { id: source.id, title: "Wire" },
      investigation: { id: investigationId, title: "Flights" },
    });
  });

  it("pages with a cursor in a stable order: every claim once, in order, whatever the page size", async () => {
    const { reviewer, investigationId } = await seedDesk();
    const all = (await listClaimsByInvestigation({ actor: reviewer, investigationId, query: parseClaimListQuery({}), today })).claims.map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const params: Record<string, string> = cursor ? { limit: "2", cursor } : { limit: "2" };
      const page = await listClaimsByInvestigation({ actor: reviewer, investigationId, query: parseClaimListQuery(params), today });
      seen.push(...page.claims.map((claim) => claim.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);
  });

  it("answers NOT_FOUND for an investigation that does not exist", async () => {
    const { reviewer } = await seedDesk([]);
    await expect(listClaimsByInvestigation({ actor: reviewer, investigationId: "missing", query: parseClaimListQuery({}), today })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
