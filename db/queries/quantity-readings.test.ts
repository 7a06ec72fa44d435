import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultRatingScale } from "@/lib/checking/rating-scale";
import { storedReadingOf } from "@/lib/quantities";
import { db } from "../connection";
import { claims } from "../schema";
import { createTestActor, installTestDatabase } from "../test-database";
import { createClaim } from "./claims";
import { createInvestigation, updateInvestigationSettings } from "./investigations";
import { createSource } from "./sources";

beforeEach(() => {
  installTestDatabase();
});

const storedOf = (id: string) => db().select({ reading: claims.quantityReading, version: claims.version }).from(claims).where(eq(claims.id, id)).get()!;

describe("re-reading figures when an investigation's tolerance changes", () => {
  it("stores every claim's reading with the new tolerance, in this investigation only, without touching claim versions", async () => {
    const editor = await createTestActor("editor");
    const claimIn = (investigationId: string) => {
      const text = "Officials said roughly 250 Venezuelans were flown out.";
      const source = createSource({ actor: editor, investigationId, input: { title: "Flights", text } });
      const start = text.indexOf("roughly 250 Venezuelans");
      return createClaim({
        actor: editor,
        sourceId: source.id,
        sourceVersionId: source.currentVersionId,
        start,
        end: start + "roughly 250 Venezuelans".length,
      });
    };
    const changed = createInvestigation({ actor: editor, input: { title: "Changed" } });
    const untouched = createInvestigation({ actor: editor, input: { title: "Untouched" } });
    const claim = claimIn(changed.id);
    const otherClaim = claimIn(untouched.id);
    expect(storedOf(claim.id).reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.1));

    updateInvestigationSettings({
      actor: editor,
      id: changed.id,
      version: 1,
      ratingScale: [...defaultRatingScale],
      hidesOthersAssessments: false,
      approximateTolerancePercent: 20,
    });

    const after = storedOf(claim.id);
    expect(after.reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.2));
    expect(after.reading).toMatchObject({ tolerance: 0.2, quantity: { low: 200, high: 300 } });
    expect(after.version).toBe(claim.version);
    expect(storedOf(otherClaim.id).reading).toEqual(storedReadingOf("roughly 250 Venezuelans", 0.1));
  });
});
