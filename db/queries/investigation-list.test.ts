import { beforeEach, describe, expect, it } from "vitest";
import { decodeListCursor } from "@/lib/list-cursor";
import { createTestActor, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { seedDesk } from "./desk-test-world";
import { listInvestigationsPage } from "./investigation-list";
import { createInvestigation } from "./investigations";

beforeEach(async () => {
  await installTestDatabase();
});

describe("the investigations list of the API", () => {
  it("lists every investigation newest first with its claims counted by status, a page at a time", async () => {
    const { editor, investigationId, claims } = await seedDesk();
    await updateClaimReview({ actor: editor, id: claims[0]!.id, version: claims[0]!.version, changes: { status: "in-review" } });
    // Creation times are kept to the millisecond: apart, so "newest first" has one answer.
    const later = () => new Promise((resolve) => setTimeout(resolve, 5));
    await later();
    const second = await createInvestigation({ actor: editor, input: { title: "Second" } });
    await later();
    const third = await createInvestigation({ actor: editor, input: { title: "Third" } });
    const reader = await createTestActor("reviewer");

    const first = await listInvestigationsPage({ actor: reader, cursor: null, limit: 2 });
    expect(first.investigations.map((row) => row.id)).toEqual([third.id, second.id]);
    expect(first.investigations[0]!.claimCounts).toEqual({ open: 0, "in-review": 0, approved: 0 });
    const rest = await listInvestigationsPage({ actor: reader, cursor: decodeListCursor(first.nextCursor!), limit: 2 });
    expect(rest.investigations).toMatchObject([{ id: investigationId, title: "Flights", claimCounts: { open: 2, "in-review": 1, approved: 0 } }]);
    expect(rest.nextCursor).toBeNull();
  });
});
