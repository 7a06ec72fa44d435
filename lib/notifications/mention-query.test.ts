import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertMention, matchMembers, mentionQueryAt } from "./mention-query";
import { mentionedNames, normaliseMentionName } from "./mentions";

const members = [{ name: "Ana Ruiz" }, { name: "Bo Li" }, { name: "José Álvarez" }, { name: "Mariana Costa" }];

describe("the mention being typed", () => {
  it("is the @ and the letters before the caret", () => {
    expect(mentionQueryAt("Look, @an", 9)).toEqual({ start: 6, end: 9, query: "an" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, end: 1, query: "" });
    expect(mentionQueryAt("first line\n@Bo L", 16)).toEqual({ start: 11, end: 16, query: "Bo L" });
    expect(mentionQueryAt("typed by hand @[Ana", 19)).toEqual({ start: 14, end: 19, query: "Ana" });
  });

  it("is none inside a word, after a finished mention, across lines or after two spaces", () => {
    expect(mentionQueryAt("mail desk@news", 14)).toBeNull();
    expect(mentionQueryAt("@[Ana Ruiz] ok", 14)).toBeNull();
    expect(mentionQueryAt("@ana\nmore", 9)).toBeNull();
    expect(mentionQueryAt("@ana  ruiz", 10)).toBeNull();
    expect(mentionQueryAt("no at sign", 10)).toBeNull();
  });
});

describe("matching members", () => {
  it("puts names that start with the query before names with a word that does, ignoring case and accents", () => {
    expect(matchMembers(members, "a").map((member) => member.name)).toEqual(["Ana Ruiz", "José Álvarez"]);
    expect(matchMembers(members, "jose").map((member) => member.name)).toEqual(["José Álvarez"]);
    expect(matchMembers(members, "costa").map((member) => member.name)).toEqual(["Mariana Costa"]);
    expect(matchMembers(members, "")).toHaveLength(4);
    expect(matchMembers(members, "", 2)).toHaveLength(2);
    expect(matchMembers(members, "zz")).toEqual([]);
  });
});

describe("choosing a member", () => {
  it("replaces the typed @query with the mention and puts the caret after it", () => {
    const text = "Please check @an before noon";
    const chosen = insertMention(text, mentionQueryAt(text, 16)!, "Ana Ruiz");
    expect(chosen.text).toBe("Please check @[Ana Ruiz] before noon");
    expect(chosen.text.slice(0, chosen.caret)).toBe("Please check @[Ana Ruiz] ");
  });

  it("always leaves a mention the server reads as the chosen name (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 50 }), (before, name) => {
        fc.pre(normaliseMentionName(name.replace(/[\r\n]/g, " ")) !== "");
        const text = `${before} @`;
        const query = mentionQueryAt(text, text.length)!;
        const chosen = insertMention(text, query, name.replace(/[\r\n]/g, " "));
        expect(mentionedNames(chosen.text)).toContain(normaliseMentionName(name.replace(/[\r\n]/g, " ")));
      }),
    );
  });
});
