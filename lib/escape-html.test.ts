import { describe, expect, it } from "vitest";
import { htmlPayloads } from "../e2e/fixtures/attack-corpus";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("turns each of & < > \" ' into its character reference", () => {
    expect(escapeHtml(`& < > " '`)).toBe("&amp; &lt; &gt; &quot; &#39;");
  });

  it("escapes an ampersand that already starts a reference, so the text reads back as typed", () => {
    expect(escapeHtml("&lt;b&gt; &amp; &#39;")).toBe("&amp;lt;b&amp;gt; &amp;amp; &amp;#39;");
  });

  it("leaves ordinary text, including non-Latin letters and emoji, unchanged", () => {
    const text = "Flight logs show roughly 250 Venezuelans — 🇻🇪 families; 中文 «quotes» `code`";
    expect(escapeHtml(text)).toBe(text);
    expect(escapeHtml("")).toBe("");
  });

  it.each(htmlPayloads)("leaves no markup character in the attack payload %s", (payload) => {
    const escaped = escapeHtml(payload);
    expect(escaped).not.toMatch(/[<>"']/);
    const decoded = escaped.replace(
      /&lt;|&gt;|&quot;|&#39;|&amp;/g,
      (reference) => ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" })[reference] ?? reference,
    );
    expect(decoded).toBe(payload);
  });
});
