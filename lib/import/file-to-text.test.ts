import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileToText } from "./file-to-text";
import { ImportError } from "./import-error";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("fileToText", () => {
  it("reads .txt as UTF-8, dropping the BOM and turning CRLF into LF", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Première ligne\r\nSecond line\r\n\r\nThird")]);
    expect(fileToText("notes.TXT", "text/plain", bytes)).toEqual({
      title: null,
      text: "Première ligne\nSecond line\n\nThird",
      outlet: null,
      byline: null,
      publishedAt: null,
    });
  });

  it("turns invalid UTF-8 into replacement characters instead of failing", () => {
    expect(fileToText("broken.txt", null, new Uint8Array([0x6f, 0x6b, 0xc3, 0x28, 0xff])).text).toBe("ok\uFFFD(\uFFFD");
  });

  it("keeps .md as Markdown source text and takes the title from a leading # heading", () => {
    const source = "# Budget report\r\n\r\nThe *council* spent **£2m** on [roads](https://example.org).\r\n";
    expect(fileToText("report.md", "text/markdown", utf8(source))).toEqual({
      title: "Budget report",
      text: "# Budget report\n\nThe *council* spent **£2m** on [roads](https://example.org).\n",
      outlet: null,
      byline: null,
      publishedAt: null,
    });
    expect(fileToText("plain.md", null, utf8("No heading here")).title).toBeNull();
  });

  it("reduces .html to its article text and title", () => {
    const html = readFileSync(new URL("./fixtures/news-article.html", import.meta.url));
    const result = fileToText("saved-page.html", "text/html", new Uint8Array(html));
    expect(result.title).toBe("Council approves river bridge after two-year delay");
    expect(result.text.split("\n\n")).toHaveLength(4);
    expect(result.text).not.toContain("SCRIPT_SHOULD_NOT_APPEAR");
  });

  it("reads an uploaded page's own site name as its outlet, its date and byline, and leaves the byline out of the text", () => {
    const html = readFileSync(new URL("./fixtures/site-name-and-byline.html", import.meta.url));
    const result = fileToText("ferry.html", "text/html", new Uint8Array(html));
    expect({ outlet: result.outlet, byline: result.byline }).toEqual({ outlet: "Northshore Evening Post", byline: "Priya Raman" });
    expect(result.text).not.toContain("By Priya Raman");
    expect(result.text.split("\n\n")[0]).toMatch(/^Single tickets on the harbour ferry/);
    const news = fileToText("bridge.html", "text/html", new Uint8Array(readFileSync(new URL("./fixtures/news-article.html", import.meta.url))));
    expect({ outlet: news.outlet, publishedAt: news.publishedAt }).toEqual({ outlet: "The Riverside Gazette", publishedAt: "2024-03-05" });
  });

  it("gives .txt and .md no outlet, byline or date", () => {
    expect(fileToText("notes.md", null, utf8("# Notes\n\nBy Ana")).outlet).toBeNull();
    expect(fileToText("notes.txt", null, utf8("By Ana")).text).toBe("By Ana");
  });

  it("reads .htm and honours a <meta charset>", () => {
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1252"><p>caf'), 0xe9, ...utf8("</p>")]);
    expect(fileToText("old.htm", null, bytes).text).toBe("café");
  });

  it("uses the content type only when the name has no extension", () => {
    expect(fileToText("README", "text/plain; charset=utf-8", utf8("hello")).text).toBe("hello");
    expect(() => fileToText("README", null, utf8("hello"))).toThrow(ImportError);
    expect(() => fileToText("paper.pdf", "text/plain", utf8("hello"))).toThrow(ImportError);
  });

  it.each(["paper.pdf", "doc.docx", "image.png", "archive.tar.gz", ".txt", "noextension"])("refuses %s", (name) => {
    const attempt = () => fileToText(name, "application/octet-stream", new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(attempt).toThrow(expect.objectContaining({ code: "file-type", message: "Upload a .txt, .md or .html file." }));
  });
});
