import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeEvent } from "./history";
import type { Rating } from "./rating-scale";

const event = (action: string, data: Record<string, unknown> | null = null) => ({ action, data });

describe("describeEvent: claims", () => {
  it("describes a new claim by its words", () => {
    expect(describeEvent(event("claim.created", { sourceId: "s1", exact: "over 200 deportees", start: 10, end: 28 }))).toBe(
      "highlighted the claim “over 200 deportees”",
    );
    expect(describeEvent(event("claim.created"))).toBe("created the claim");
    expect(describeEvent(event("claim.deleted", { exact: "roughly 250 Venezuelans" }))).toBe("deleted the claim “roughly 250 Venezuelans”");
  });

  it("shows the old and new status in words", () => {
    expect(describeEvent(event("claim.status-changed", { status: ["open", "in-review"] }))).toBe("changed the status from open to in review");
    expect(describeEvent(event("claim.status-changed", { status: ["in-review", "approved"], label: ["In review", "Approved"] }))).toBe(
      "changed the status from in review to approved",
    );
  });

  it("shows the note an approval against differing independent verdicts was given, and what differed", () => {
    expect(
      describeEvent(
        event("claim.status-changed", {
          status: ["in-review", "approved"],
          approvalNote: "The ministry's count settles it.",
          disagreement: "1 of 2 reviewers' independent verdicts differ: False (Luis)",
        }),
      ),
    ).toBe(
      "changed the status from in review to approved, noting “The ministry's count settles it.” (1 of 2 reviewers' independent verdicts differ: False (Luis))",
    );
    expect(describeEvent(event("claim.status-changed", { status: ["open", "approved"], approvalNote: "Checked twice." }))).toBe(
      "changed the status from open to approved, noting “Checked twice.”",
    );
  });

  it("tells a reopening apart from other status changes, naming the approval it undid", () => {
    expect(describeEvent(event("claim.reopened", { status: ["approved", "open"], approvedBy: "Ana Ruiz", approvedAt: "2026-12-07T10:00:00.000Z" }))).toBe(
      "reopened the approved claim (approved by Ana Ruiz on 2026-12-07), back to open",
    );
    expect(describeEvent(event("claim.reopened", { status: ["approved", "in-review"] }))).toBe("reopened the approved claim, back to in review");
    expect(describeEvent(event("claim.reopened"))).toBe("reopened the approved claim");
  });

  it("names verdicts by their labels on the scale", () => {
    expect(describeEvent(event("claim.verdict-set", { verdict: [null, "mostly-false"] }))).toBe("set the verdict to Mostly false");
    expect(describeEvent(event("claim.verdict-set", { verdict: ["mostly-true", "misleading"] }))).toBe("changed the verdict from Mostly true to Misleading");
    expect(describeEvent(event("claim.verdict-set", { verdict: ["false", null] }))).toBe("cleared the verdict (was False)");
  });

  it("uses the investigation's own scale when given, and words for keys it lacks", () => {
    const scale: Rating[] = [{ key: "wrong", label: "Wrong", ratingValue: 1 }];
    expect(describeEvent(event("claim.verdict-set", { verdict: ["pants-on-fire", "wrong"] }), scale)).toBe("changed the verdict from pants on fire to Wrong");
  });

  it("quotes the rationale before and after an edit, shortened", () => {
    expect(describeEvent(event("claim.rationale-changed", { rationale: ["", "The list has 238 names."] }))).toBe(
      "wrote the rationale: “The list has 238 names.”",
    );
    expect(describeEvent(event("claim.rationale-changed", { rationale: ["Draft.", "The list\nhas 238 names."] }))).toBe(
      "edited the rationale from “Draft.” to “The list has 238 names.”",
    );
    expect(describeEvent(event("claim.rationale-changed", { rationale: ["Draft.", ""] }))).toBe("cleared the rationale (was “Draft.”)");
    const long = describeEvent(event("claim.rationale-changed", { rationale: [null, "x".repeat(500)] }));
    expect(long).toBe(`wrote the rationale: “${"x".repeat(79)}…”`);
  });

  it("says who the claim was assigned to, and who had it before", () => {
    expect(describeEvent(event("claim.assigned", { assignee: [null, "Ana Ruiz"] }))).toBe("assigned the claim to Ana Ruiz");
    expect(describeEvent(event("claim.assigned", { assignee: ["Ana Ruiz", "Ben Ito"] }))).toBe("reassigned the claim from Ana Ruiz to Ben Ito");
    expect(describeEvent(event("claim.assigned", { assignee: ["Ana Ruiz", null] }))).toBe("unassigned Ana Ruiz from the claim");
  });

  it("says when a due date was set, moved or cleared", () => {
    expect(describeEvent(event("claim.due-date-set", { dueAt: [null, "2026-12-10"] }))).toBe("set the due date to 2026-12-10");
    expect(describeEvent(event("claim.due-date-set", { dueAt: ["2026-12-10", "2026-12-12"] }))).toBe("moved the due date from 2026-12-10 to 2026-12-12");
    expect(describeEvent(event("claim.due-date-set", { dueAt: ["2026-12-10", null] }))).toBe("cleared the due date (was 2026-12-10)");
  });

  it("shows how a highlight moved", () => {
    expect(
      describeEvent(
        event("claim.span-changed", { exact: ["over 200 deportees", "238 Venezuelans"], start: [10, 40], end: [28, 55], sourceVersionId: ["v1", "v1"] }),
      ),
    ).toBe("moved the highlight from “over 200 deportees” to “238 Venezuelans”");
    expect(describeEvent(event("claim.span-changed", { exact: ["238", "238"], start: [10, 90], end: [13, 93] }))).toBe(
      "moved the highlight from characters 10–13 to 90–93",
    );
    expect(describeEvent(event("claim.span-changed", { sourceVersionId: ["v1", "v2"] }))).toBe("moved the highlight to a newer version of the source");
  });

  it("says an orphaned claim was re-attached to new words, and which words it had lost", () => {
    expect(
      describeEvent(
        event("claim.span-changed", {
          exact: ["nearly 300 men", "about 280 men"],
          start: [10, 12],
          end: [24, 25],
          sourceVersionId: ["v1", "v2"],
          reattached: true,
        }),
      ),
    ).toBe("re-attached to “about 280 men” (its words “nearly 300 men” were no longer in the text)");
  });
});

describe("describeEvent: evidence, comments and independent verdicts", () => {
  it("describes added and removed evidence by stance and link or outlet", () => {
    expect(describeEvent(event("evidence.added", { evidenceId: "e1", url: "https://example.org/filing.pdf", outlet: null, stance: "refutes" }))).toBe(
      "added evidence (refutes): https://example.org/filing.pdf",
    );
    expect(describeEvent(event("evidence.added", { url: null, outlet: "Court filing", stance: "adds-context" }))).toBe(
      "added evidence (adds context): Court filing",
    );
    expect(describeEvent(event("evidence.removed", { evidenceId: "e1", url: null, outlet: "AP", stance: "supports" }))).toBe("removed evidence (supports): AP");
    expect(describeEvent(event("evidence.added", {}))).toBe("added evidence");
  });

  it("lists each changed field of updated evidence with its old and new value, never its id", () => {
    expect(
      describeEvent(
        event("evidence.updated", {
          evidenceId: "e1",
          stance: ["supports", "refutes"],
          url: [null, "https://example.org/b"],
          quote: ["238 people", "238 Venezuelans"],
        }),
      ),
    ).toBe("updated evidence: stance from supports to refutes; link from nothing to https://example.org/b; quote from “238 people” to “238 Venezuelans”");
    expect(describeEvent(event("evidence.updated", { evidenceId: "e1", accessedAt: ["2025-03-16", "2025-03-17"] }))).toBe(
      "updated evidence: date accessed from 2025-03-16 to 2025-03-17",
    );
    expect(describeEvent(event("evidence.updated", { evidenceId: "e1" }))).toBe("updated evidence");
  });

  it("quotes comments", () => {
    expect(describeEvent(event("comment.added", { commentId: "c1", body: "Check the **court filing**." }))).toBe("commented: “Check the **court filing**.”");
    expect(describeEvent(event("comment.deleted", { commentId: "c1", body: "Old note" }))).toBe("deleted a comment: “Old note”");
    expect(describeEvent(event("comment.removed", null))).toBe("deleted a comment");
    expect(describeEvent(event("comment.updated", { body: ["teh", "the"] }))).toBe("edited a comment from “teh” to “the”");
  });

  it("describes independent verdicts, first and changed", () => {
    expect(describeEvent(event("assessment.recorded", { verdict: [null, "false"] }))).toBe("recorded an independent verdict: False");
    expect(describeEvent(event("assessment.recorded", { verdict: ["false", "mostly-false"] }))).toBe(
      "changed their independent verdict from False to Mostly false",
    );
  });
});

describe("describeEvent: anything else", () => {
  it("reads an unknown action as words, with its changes", () => {
    expect(describeEvent(event("source.version-created", { versionId: "v2", number: 2 }))).toBe("source version created");
    expect(describeEvent(event("source.details-changed", { outlet: ["Wire", "El Faro"], publishedAt: [null, "2025-03-16"] }))).toBe(
      "changed the source's details: outlet from “Wire” to “El Faro”; publication date from nothing to “2025-03-16”",
    );
    expect(describeEvent(event("investigation.renamed", { title: ["CECOT flights", "Deportation flights to CECOT, March 2025"] }))).toBe(
      "investigation renamed: title from “CECOT flights” to “Deportation flights to CECOT, March 2025”",
    );
    expect(describeEvent(event("user.role-changed", { role: ["reviewer", "editor"] }))).toBe("user role changed: role from “reviewer” to “editor”");
    expect(describeEvent(event("source.created", { title: "Flights land" }))).toBe("source created: “Flights land”");
  });

  it("is not fooled by action names that are also names of object properties", () => {
    expect(describeEvent(event("constructor"))).toBe("constructor");
    expect(describeEvent(event("toString"))).toBe("to string");
    expect(describeEvent(event("__proto__"))).toBe("proto");
  });

  it("never throws and always says something, whatever the row holds", () => {
    const action = fc.oneof(
      fc.constantFrom(
        "claim.created",
        "claim.status-changed",
        "claim.reopened",
        "claim.verdict-set",
        "claim.assigned",
        "claim.span-changed",
        "claim.rationale-changed",
        "evidence.added",
        "evidence.updated",
        "evidence.removed",
        "comment.added",
        "comment.deleted",
        "assessment.recorded",
      ),
      fc.string(),
    );
    const data = fc.oneof(
      fc.constant(null),
      fc.dictionary(
        fc.constantFrom(
          "exact",
          "status",
          "verdict",
          "assignee",
          "url",
          "outlet",
          "stance",
          "quote",
          "body",
          "rationale",
          "start",
          "end",
          "title",
          "evidenceId",
          "reattached",
          "approvalNote",
          "disagreement",
          "x",
        ),
        fc.jsonValue(),
      ),
    );
    fc.assert(
      fc.property(action, data, (actionName, row) => {
        const sentence = describeEvent({ action: actionName, data: row as Record<string, unknown> | null });
        expect(typeof sentence).toBe("string");
        expect(sentence.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("describeEvent: in Spanish", () => {
  it("writes the sentence in the reader's language and quotes what people typed as written", () => {
    expect(describeEvent(event("claim.status-changed", { status: ["open", "in-review"] }), undefined, "es")).toBe("cambió el estado de abierta a en revisión");
    expect(describeEvent(event("claim.created", { exact: "over 200 deportees" }), undefined, "es")).toBe("resaltó la afirmación “over 200 deportees”");
    expect(describeEvent(event("claim.verdict-set", { verdict: [null, "false"] }), undefined, "es")).toBe("puso el veredicto False");
    expect(describeEvent(event("evidence.updated", { stance: ["supports", "refutes"] }), undefined, "es")).toBe(
      "actualizó la evidencia: postura de respalda a refuta",
    );
    expect(describeEvent(event("claim.claimant-changed", { claimant: ["", "Ministerio"] }), undefined, "es")).toBe("puso como declarante “Ministerio”");
    expect(describeEvent(event("claim.assigned", { assignee: [null, "Ana"] }), undefined, "es")).toBe("asignó la afirmación a Ana");
  });

  it("keeps English for callers that name no language", () => {
    expect(describeEvent(event("claim.claimant-changed", { claimant: ["", "Ministry"] }))).toBe("set the claimant to “Ministry”");
  });
});
