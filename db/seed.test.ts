import { beforeEach, describe, expect, it } from "vitest";
import { getFactById, listFactsByInvestigation } from "./queries/facts";
import { listInvestigations } from "./queries/investigations";
import { ensureFirstAdmin, seedDemoOnce } from "./seed";
import { installTestDatabase } from "./test-database";

beforeEach(async () => {
  await installTestDatabase();
});

describe("the demo investigation", () => {
  it("is seeded once, with highlighted figures, in English and Spanish, linked into one fact that conflicts and one that agrees", async () => {
    await ensureFirstAdmin({ ADMIN_EMAIL: "admin@example.test", ADMIN_PASSWORD: "a long demo password" });
    expect(await seedDemoOnce()).toBe(true);
    expect(await seedDemoOnce()).toBe(false);
    const actor = { id: "x", email: "admin@example.test", name: "Admin", role: "admin" as const };
    const [demo] = await listInvestigations({ actor });
    expect(demo).toMatchObject({ title: "Deportation flights to El Salvador, March 2025", sourceCount: 4 });
    const facts = await listFactsByInvestigation({ actor, investigationId: demo!.id });
    expect(facts.map(({ title, claimCount, conflictCount }) => ({ title, claimCount, conflictCount }))).toEqual([
      { title: "People flown to El Salvador on 15–16 March 2025", claimCount: 3, conflictCount: 1 },
      { title: "Venezuelans among them", claimCount: 3, conflictCount: 0 },
    ]);
    // The Spanish source's figures are compared with the English ones: "238 venezolanos" agrees
    // with "238 Venezuelans"; "Más de 200 deportados" counts deportees, not people, and says so.
    const [people, venezuelans] = await Promise.all(facts.map(({ id }) => getFactById({ actor, id })));
    const exactOf = (fact: typeof people, id: string) => fact!.claims.find((claim) => claim.id === id)!.exact;
    const pairs = (fact: typeof people) => fact!.comparisons.map(({ a, b, result, why }) => [exactOf(fact, a), exactOf(fact, b), result, why.code]);
    expect(pairs(people)).toEqual([
      ["Nearly 300 people", "261 people", "conflict", "lessThanFigure"],
      ["Nearly 300 people", "Más de 200 deportados", "not-compared", "differentThings"],
      ["261 people", "Más de 200 deportados", "not-compared", "differentThings"],
    ]);
    expect(pairs(venezuelans)).toEqual([
      ["roughly 250 Venezuelans", "238 Venezuelans", "consistent", "canBothHold"],
      ["roughly 250 Venezuelans", "238 venezolanos", "consistent", "canBothHold"],
      ["238 Venezuelans", "238 venezolanos", "consistent", "canBothHold"],
    ]);
  });
});
