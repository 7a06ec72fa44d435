import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The READMEs are the map of the repository: the top one is an index, and each folder's
 * README holds the detail and the decision records beside the code. A map that names a
 * file which moved or never existed sends a newcomer nowhere, so every relative link in
 * every README must point at a file or folder that exists.
 */
const root = path.resolve(__dirname, "..");
const skipped = new Set(["node_modules", ".git", ".next", "data", ".e2e-data", ".bench", "test-results", "playwright-report"]);

function readmes(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : readmes(full);
    return entry.name === "README.md" ? [full] : [];
  });
}

/**
 * The destinations of the inline links `[text](destination)` of a Markdown text, outside
 * code. A destination is either `<…>` or runs to the first unbalanced `)` or space, as in
 * CommonMark, so paths such as `app/(workspace)/` need no escaping.
 */
function linkDestinations(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const found: string[] = [];
  for (const match of prose.matchAll(/\]\(/g)) {
    let i = match.index + 2;
    if (prose[i] === "<") {
      const end = prose.indexOf(">", i);
      if (end > i) found.push(prose.slice(i + 1, end));
      continue;
    }
    let depth = 0;
    let destination = "";
    for (; i < prose.length; i++) {
      const char = prose[i]!;
      if (/\s/.test(char) || (char === ")" && depth === 0)) break;
      if (char === "(") depth++;
      if (char === ")") depth--;
      destination += char;
    }
    found.push(destination);
  }
  return found;
}

/** The anchors GitHub gives the headings of a Markdown text (github-slugger, without duplicates' suffixes). */
function headingAnchors(markdown: string): Set<string> {
  const headings = markdown.replace(/^```[\s\S]*?^```/gm, "").match(/^#{1,6} .*$/gm) ?? [];
  return new Set(
    headings.map((heading) =>
      heading
        .replace(/^#+ /, "")
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );
}

/**
 * The relative links of `markdown` (a README at `file`) whose target does not exist, or
 * whose `#anchor` names no heading of the Markdown file it points at.
 */
function brokenLinks(file: string, markdown: string): string[] {
  return linkDestinations(markdown)
    .filter((destination) => destination !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(destination))
    .filter((destination) => {
      const [pathPart = "", anchor] = destination.replace(/\?[^#]*/, "").split("#");
      const target = pathPart === "" ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
      if (!fs.existsSync(target)) return true;
      if (anchor === undefined || !target.endsWith(".md")) return false;
      return !headingAnchors(fs.readFileSync(target, "utf8")).has(decodeURIComponent(anchor));
    });
}

describe("READMEs", () => {
  const files = readmes(root);

  it("are found: the top one and the folders'", () => {
    expect(files).toContain(path.join(root, "README.md"));
    expect(files.length).toBeGreaterThan(5);
  });

  it("link only to files and folders that exist", () => {
    const broken = files.flatMap((file) => brokenLinks(file, fs.readFileSync(file, "utf8")).map((link) => `${path.relative(root, file)} → ${link}`));
    expect(broken).toEqual([]);
  });

  it("the check finds a link to a missing file or heading, and accepts parentheses, brackets and <…> in paths", () => {
    const here = path.join(root, "e2e", "README.md");
    const markdown = [
      "[exists](readme-links.test.ts), [folder](security/), [route](<../app/(workspace)/layout.tsx>)",
      "[bare parens](../app/(workspace)/layout.tsx#top), [web](https://example.org/x), [anchor](#drills-npm-run-drill)",
      "[other README's heading](security/README.md#decision-dependencies-are-few-pinned-exactly-each-for-one-reason)",
      "[gone](no-such-file.ts), [no such heading](security/README.md#nothing-here), [nor here](#nowhere)",
      "and `[in code](also-missing.ts)`",
    ].join("\n");
    expect(brokenLinks(here, markdown)).toEqual(["no-such-file.ts", "security/README.md#nothing-here", "#nowhere"]);
  });

  it("the top README stays an index a newcomer reads in five minutes: under 150 lines", () => {
    const lines = fs.readFileSync(path.join(root, "README.md"), "utf8").split("\n").length - 1; // as `wc -l` counts
    expect(lines).toBeLessThan(150);
  });
});
