import { describe, expect, it } from "vitest";
import { decideFourEyesApproval, fourEyesReason } from "./four-eyes";

const ana = { id: "u-ana", name: "Ana" };
const ben = { id: "u-ben", name: "Ben" };
const cleo = { id: "u-cleo", name: "Cleo" };

describe("decideFourEyesApproval", () => {
  it("refuses the verdict's author and names every other approver", () => {
    const decision = decideFourEyesApproval(ana.id, { fourEyes: true, verdictSetBy: ana.id, approvers: [ana, ben, cleo] });
    expect(decision).toEqual({
      allowed: false,
      approvers: [ben, cleo],
      reason: "Four eyes: you set this claim's verdict, so someone else must approve it. It may be approved by any of Ben and Cleo.",
    });
  });

  it("names the one other approver without 'any of'", () => {
    const decision = decideFourEyesApproval(ana.id, { fourEyes: true, verdictSetBy: ana.id, approvers: [ana, ben] });
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toBe("Four eyes: you set this claim's verdict, so someone else must approve it. It may be approved by Ben.");
  });

  it("lets someone else approve, and anyone when four eyes is off or nobody set the verdict", () => {
    expect(decideFourEyesApproval(ben.id, { fourEyes: true, verdictSetBy: ana.id, approvers: [ana, ben] })).toEqual({ allowed: true });
    expect(decideFourEyesApproval(ana.id, { fourEyes: false, verdictSetBy: ana.id, approvers: [ana, ben] })).toEqual({ allowed: true });
    expect(decideFourEyesApproval(ana.id, { fourEyes: true, verdictSetBy: null, approvers: [ana] })).toEqual({ allowed: true });
  });

  it("says what to do when nobody else may approve", () => {
    const decision = decideFourEyesApproval(ana.id, { fourEyes: true, verdictSetBy: ana.id, approvers: [ana] });
    expect(decision).toMatchObject({ allowed: false, approvers: [] });
    expect(fourEyesReason([])).toMatch(/No other editor or admin is active yet: an admin can add one, or an editor can turn four eyes off/);
  });
});

describe("fourEyesReason in Spanish", () => {
  it("names who may approve instead, joined the Spanish way", () => {
    expect(fourEyesReason([ben, cleo], "es")).toBe(
      "Cuatro ojos: el veredicto de esta afirmación es propio, así que otra persona tiene que aprobarla. Puede aprobarla cualquiera de estas personas: Ben y Cleo.",
    );
  });
});
