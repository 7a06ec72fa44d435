import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/investigations/abc?tab=sources")).toBe("/investigations/abc?tab=sources");
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "/\nx"])("refuses %j", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });
});

/** The callbackUrl variants of the attack corpus (reliability-security-plan.md, Appendix C2), and more. */
const redirectCorpus = [
  "javascript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  "https://good.example@evil.example",
  "https://evil.example\\@good.example",
  "https://xn--80ak6aa92e.com",
  "https://exa\u202Eelpmaxe.com",
  "http://[",
  `/${"a".repeat(2049)}`,
  "https://example.com/\r\nSet-Cookie:x=y",
  "/\r\nSet-Cookie:x=y",
  "/ /evil.example",
  "/.//evil.example",
];

describe("safeRedirectPath against the redirect corpus", () => {
  it.each(redirectCorpus)("never leaves the site for %j", (target) => {
    const base = "http://localhost:3000";
    const resolved = new URL(safeRedirectPath(target), base);
    expect(resolved.origin).toBe(base);
    expect(safeRedirectPath(target)).not.toMatch(/[\r\n\t\0]/);
  });
});
