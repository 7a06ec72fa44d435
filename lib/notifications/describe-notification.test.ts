import { describe, expect, it } from "vitest";
import { describeNotification, type DescribedNotificationInput } from "./describe-notification";

const base: DescribedNotificationInput = {
  kind: "assigned",
  actor: { name: "Elena Editor" },
  investigation: { id: "inv", title: "Flights" },
  claim: { id: "c1", sourceId: "s1", exact: "over 200 deportees" },
  fact: null,
  excerpt: null,
};

describe("describing a notification", () => {
  it("says who did what, quotes the claim and leads to it in its source", () => {
    expect(describeNotification(base)).toEqual({ title: "Elena Editor assigned you a claim", detail: "“over 200 deportees”", href: "/sources/s1?claim=c1" });
    expect(describeNotification({ ...base, kind: "mentioned", excerpt: "@[Bo Li] see this" })).toMatchObject({ detail: "@Bo Li see this" });
    expect(describeNotification({ ...base, kind: "reopened", actor: null }).title).toBe("Someone reopened a claim");
  });

  it("leads a conflict to its fact, with the reason", () => {
    expect(describeNotification({ ...base, kind: "conflict", fact: { id: "f1", title: "People flown" }, excerpt: "150 lies outside more than 200" })).toEqual({
      title: "New conflict in the fact “People flown”",
      detail: "150 lies outside more than 200",
      href: "/facts/f1",
    });
  });

  it("leads to the investigation when the claim and fact are gone", () => {
    expect(describeNotification({ ...base, claim: null }).href).toBe("/investigations/inv");
  });

  it("is written in the reader's language, quoting people's words as they wrote them", () => {
    expect(describeNotification(base, "es")).toEqual({
      title: "Afirmación asignada por Elena Editor",
      detail: "“over 200 deportees”",
      href: "/sources/s1?claim=c1",
    });
    expect(describeNotification({ ...base, kind: "approved", actor: null }, "es").title).toBe("Alguien aprobó una afirmación");
    expect(describeNotification({ ...base, kind: "conflict", fact: { id: "f1", title: "People flown" }, excerpt: null }, "es").title).toBe(
      "Nuevo conflicto en el hecho “People flown”",
    );
    expect(describeNotification({ ...base, kind: "mentioned", claim: null }, "es").detail).toBe("una afirmación");
  });
});
