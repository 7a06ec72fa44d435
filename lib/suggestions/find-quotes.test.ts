import { describe, expect, it } from "vitest";
import { findQuotes } from "./find-quotes";
import { parseSource } from "./parse";
import { expected } from "./test-helpers";

const quotes = (text: string) => findQuotes(parseSource(text)).sort((a, b) => a.start - b.start);

describe("findQuotes", () => {
  it("adds a speaker-verb attribution after the quote", () => {
    const text = `"We will not accept this," the minister said. The buses left later.`;
    expect(quotes(text)).toEqual([expected(text, "quote", `"We will not accept this," the minister said`)]);
  });

  it("adds an inverted attribution with curly quotes", () => {
    const text = "“The buses left at dawn,” said a spokesperson.";
    expect(quotes(text)).toEqual([expected(text, "quote", "“The buses left at dawn,” said a spokesperson")]);
  });

  it("adds an attribution before the quote", () => {
    const text = "Bukele wrote: “The transfer is complete.” Nobody else commented.";
    expect(quotes(text)).toEqual([expected(text, "quote", "Bukele wrote: “The transfer is complete.”")]);
  });

  it("keeps only the part of a speaker before a comma", () => {
    const text = `"No one called us," said Marta Quintero, a sister of one of the men.`;
    expect(quotes(text)).toEqual([expected(text, "quote", `"No one called us," said Marta Quintero`)]);
  });

  it("drops what precedes a comma before the speaker", () => {
    const text = `In a short post, Bukele wrote: "The prison is ready."`;
    expect(quotes(text)).toEqual([expected(text, "quote", `Bukele wrote: "The prison is ready."`)]);
  });

  it("joins a quote split by its attribution", () => {
    const text = "“We did everything right,” she said, “and they still took him.”";
    expect(quotes(text)).toEqual([expected(text, "quote", text)]);
  });

  it("accepts a question mark before the closing quote", () => {
    const text = `"Why were they never charged?" asked a defense lawyer.`;
    expect(quotes(text)).toEqual([expected(text, "quote", `"Why were they never charged?" asked a defense lawyer`)]);
  });

  it("accepts 'according to'", () => {
    const text = `"That claim is false," according to a ministry statement.`;
    expect(quotes(text)).toEqual([expected(text, "quote", `"That claim is false," according to a ministry statement`)]);
  });

  it("does not attach a following sentence to a quote ending in a full stop", () => {
    const text = "“The plane is already gone.” The judge was not pleased.";
    expect(quotes(text)).toEqual([expected(text, "quote", "“The plane is already gone.”")]);
  });

  it("restarts at a new opening mark after a stray one", () => {
    const text = `The sign read "closed and then "We never saw any list," the lawyer said.`;
    expect(quotes(text)).toEqual([expected(text, "quote", `"We never saw any list," the lawyer said`)]);
  });

  it("finds a quote inside parentheses", () => {
    const text = "The hearing ended early (“We will appeal,” the lawyer said).";
    expect(quotes(text)).toEqual([expected(text, "quote", "“We will appeal,” the lawyer said")]);
  });

  it("takes a speaker with an of/for phrase", () => {
    const text = `"We followed the law," said a spokesperson for the ministry. "No list exists," the mayor of Soyapango said.`;
    expect(quotes(text)).toEqual([
      expected(text, "quote", `"We followed the law," said a spokesperson for the ministry`),
      expected(text, "quote", `"No list exists," the mayor of Soyapango said`),
    ]);
  });

  it("follows a quotation that compromise cuts into two sentences", () => {
    const text = `The agency wrote: "All of them are here." "We have no list. We were never told who was on the planes," the lawyer said.`;
    expect(quotes(text)).toEqual([
      expected(text, "quote", `The agency wrote: "All of them are here."`),
      expected(text, "quote", `"We have no list. We were never told who was on the planes," the lawyer said`),
    ]);
  });

  it("never pairs marks across a paragraph break", () => {
    const text = `The note began "we were never told where\n\nthe men went," and ended there without a speaker.`;
    expect(quotes(text)).toEqual([]);
  });

  it("skips scare quotes and single quotes", () => {
    const text = `The government called it an "invasion" of the country. Officials called them 'terrorists' too.`;
    expect(quotes(text)).toEqual([]);
  });
});
