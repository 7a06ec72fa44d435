import { describe, expect, it } from "vitest";
import { PublicLinkInput } from "./public-link";

describe("a new public link's input", () => {
  it("lasts 30 days and is not indexed when nothing is said", () => {
    expect(PublicLinkInput.parse({})).toEqual({ expiresInDays: 30, indexable: false });
  });

  it("takes indexing from the API's boolean or the form's checked box", () => {
    expect(PublicLinkInput.parse({ indexable: true }).indexable).toBe(true);
    expect(PublicLinkInput.parse({ indexable: false }).indexable).toBe(false);
    expect(PublicLinkInput.parse({ expiresInDays: "7", indexable: "on" })).toEqual({ expiresInDays: 7, indexable: true });
    expect(PublicLinkInput.parse({ expiresInDays: "7", indexable: "" })).toEqual({ expiresInDays: 7, indexable: false }); // the box left unchecked
  });

  it("refuses anything else at its field", () => {
    for (const input of [{ indexable: "yes please" }, { indexable: 1 }, { expiresInDays: 0 }, { expiresInDays: 366 }, { expiresInDays: 2.5 }]) {
      const result = PublicLinkInput.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([Object.keys(input)[0]]);
    }
  });
});
