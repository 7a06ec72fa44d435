import { beforeEach, describe, expect, it } from "vitest";
import { listFactsByInvestigation } from "./queries/facts";
import { listInvestigations } from "./queries/investigations";
import { ensureFirstAdmin, seedDemoOnce } from "./seed";
import { installTestDatabase } from "./test-database";

beforeEach(async () => {
  await installTestDatabase();
});

describe("the demo investigation", () => {
  it("is seeded once, with highlighted figures linked into one fact that conflicts and one that agrees", async () => {
    await ensureFirstAdmin({ ADMIN_EMAIL: "admin@example.test", ADMIN_PASSWORD: "a long demo password" });
    expect(await seedDemoOnce()).toBe(true);
    expect(await seedDemoOnce()).toBe(false);
    const actor = { id: "x", email: "admin@example.test", name: "Admin", role: "admin" as const };
    const [demo] = await listInvestigations({ actor });
    expect(demo).toMatchObject({ title: "Deportation flights to El Salvador, March 2025", sourceCount: 3 });
    const facts = await listFactsByInvestigation({ actor, investigationId: demo!.id });
    expect(facts.map(({ title, claimCount, conflictCount }) => ({ title, claimCount, conflictCount }))).toEqual([
      { title: "People flown to El Salvador on 15–16 March 2025", claimCount: 2, conflictCount: 1 },
      { title: "Venezuelans among them", claimCount: 2, conflictCount: 0 },
    ]);
  });
});
