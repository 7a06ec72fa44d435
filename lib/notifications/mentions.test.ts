import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMentions, mentionedNames, mentionText, newlyMentionedNames, normaliseMentionName, readMentionAt, showMentionsAsNames } from "./mentions";

/** Names as accounts may hold them: any single-line text with something besides spaces, up to 120 characters. */
const names = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
  .map((name) => name.replace(/[\r\n]/g, " "))
  .filter((name) => normaliseMentionName(name) !== "");

describe("mentions", () => {
  it("reads a name with spaces between the brackets", () => {
    expect(mentionedNames("Can you check this, @[Ana Ruiz]? Thanks")).toEqual(["Ana Ruiz"]);
  });

  it("writes and reads back a name holding brackets and backslashes", () => {
    expect(mentionText("Ana ]Ruiz\\")).toBe("@[Ana \\]Ruiz\\\\]");
    expect(mentionedNames(`hi ${mentionText("Ana ]Ruiz\\")}!`)).toEqual(["Ana ]Ruiz\\"]);
  });

  it("reads back any name it writes, wherever it stands in a comment (property)", () => {
    fc.assert(
      fc.property(fc.string(), names, fc.string(), (before, name, after) => {
        const text = `${before.replace(/[@\p{L}\p{N}_]$/u, "")} ${mentionText(name)}${after}`;
        expect(mentionedNames(text)).toContain(normaliseMentionName(name));
      }),
    );
  });

  it("finds mentions only where the text has them: every one found is written as a mention (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const mention of findMentions(text)) {
          expect(text.slice(mention.start, mention.start + 2)).toBe("@[");
          expect(text[mention.end - 1]).toBe("]");
          expect(mention.name).toBe(normaliseMentionName(mention.name));
          expect(mention.name.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("takes a mention only as a whole, on one line, after a non-word character", () => {
    expect(mentionedNames("write to desk@[10.0.0.1] now")).toEqual([]);
    expect(mentionedNames("@[Ana\nRuiz]")).toEqual([]);
    expect(mentionedNames("@[Ana Ruiz")).toEqual([]);
    expect(mentionedNames("@[   ]")).toEqual([]);
    expect(mentionedNames(`@[${"a".repeat(121)}]`)).toEqual([]);
    expect(mentionedNames("(@[Ana Ruiz])")).toEqual(["Ana Ruiz"]);
    expect(readMentionAt("x @[Ana]", 2)).toEqual({ start: 2, end: 8, name: "Ana" });
  });

  it("compares names after collapsing spaces and Unicode normalisation, and lists each once", () => {
    expect(mentionedNames("@[ Ana   Ruiz ] and @[Ana Ruiz] and @[Jose\u0301]")).toEqual(["Ana Ruiz", "José"]);
  });

  it("shows each mention as the name in plain text", () => {
    expect(showMentionsAsNames("@[Ana Ruiz], see @[Bo \\]Li] and desk@[x]")).toBe("@Ana Ruiz, see @Bo ]Li and desk@[x]");
  });

  it("names only the people an edit newly mentions", () => {
    expect(newlyMentionedNames("@[Ana Ruiz] look", "@[Ana Ruiz] and @[Bo Li], look")).toEqual(["Bo Li"]);
    expect(newlyMentionedNames("@[Ana Ruiz]", "no one")).toEqual([]);
  });
});
