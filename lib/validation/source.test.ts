import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";
import { CreateSourceInput, mergeSourceDetails, sourceTextMaxBytes, UpdateSourceDetailsInput } from "./source";

const valid = { title: " Flights land in San Salvador ", outlet: "", url: "", publishedAt: "", text: "Over 200 deportees arrived." };

function errorsOf(input: Record<string, string>) {
  const result = CreateSourceInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("CreateSourceInput", () => {
  it("accepts a pasted source, trimming the title and dropping blank optional fields", () => {
    const parsed = CreateSourceInput.parse(valid);
    expect(parsed).toEqual({ title: "Flights land in San Salvador", text: "Over 200 deportees arrived." });
  });

  it("says the title is required when it is blank", () => {
    expect(errorsOf({ ...valid, title: "   " })).toEqual({ title: "The title is required." });
  });

  it.each(["javascript:alert(1)", "ftp://example.org/a", "example.org/story", "data:text/html,hi"])("refuses the non-http(s) URL %s", (url) => {
    expect(errorsOf({ ...valid, url }).url).toMatch(/http:\/\/ or https:\/\//);
  });

  it("accepts http and https URLs", () => {
    expect(errorsOf({ ...valid, url: "https://example.org/a?b=c" })).toEqual({});
    expect(errorsOf({ ...valid, url: "http://example.org" })).toEqual({});
  });

  it("explains the expected date format and refuses days that do not exist", () => {
    expect(errorsOf({ ...valid, publishedAt: "16/03/2025" }).publishedAt).toMatch(/YYYY-MM-DD/);
    expect(errorsOf({ ...valid, publishedAt: "sometime in March" }).publishedAt).toMatch(/YYYY-MM-DD/);
    expect(errorsOf({ ...valid, publishedAt: "2025-02-30" }).publishedAt).toMatch(/does not exist/);
    expect(errorsOf({ ...valid, publishedAt: "2024-02-29" })).toEqual({});
  });

  it("refuses text over the size limit and says how big it is", () => {
    const text = "a".repeat(sourceTextMaxBytes + 1);
    expect(errorsOf({ ...valid, text }).text).toMatch(/2\.0 MB; the limit is 2\.0 MB/);
    expect(errorsOf({ ...valid, text: "a".repeat(sourceTextMaxBytes) })).toEqual({});
  });

  it("measures the limit in UTF-8 bytes", () => {
    const text = "é".repeat(sourceTextMaxBytes / 2 + 1);
    expect(errorsOf({ ...valid, text }).text).toBeDefined();
  });

  it("refuses an empty text", () => {
    expect(errorsOf({ ...valid, text: " \n " }).text).toBe("Paste the text of the source.");
  });
});

describe("UpdateSourceDetailsInput and mergeSourceDetails (PATCH /api/v1/sources/{id})", () => {
  const current = { title: "Flights land", outlet: "Wire", url: "https://wire.example/a", publishedAt: "2025-03-16" };

  it("keeps a field that is left out, clears one sent as null, and takes the version from If-Match", () => {
    const changes = UpdateSourceDetailsInput.parse({ outlet: "El Faro", url: null });
    expect(mergeSourceDetails(current, changes, 4)).toEqual({
      title: "Flights land",
      outlet: "El Faro",
      url: undefined,
      publishedAt: "2025-03-16",
      version: 4,
    });
  });

  it("refuses an empty body, an unknown field and a blank title, naming the field", () => {
    expect(UpdateSourceDetailsInput.safeParse({}).success).toBe(false);
    expect(UpdateSourceDetailsInput.safeParse({ author: "Ana" }).success).toBe(false);
    expect(UpdateSourceDetailsInput.safeParse({ title: " " }).error?.issues[0]?.path).toEqual(["title"]);
  });
});

describe("a source's language", () => {
  it("accepts an ISO 639-1 code in any case, and leaves a blank one for detection", () => {
    expect(CreateSourceInput.parse({ ...valid, language: " ES " }).language).toBe("es");
    expect(CreateSourceInput.parse({ ...valid, language: "pt" }).language).toBe("pt");
    expect(CreateSourceInput.parse({ ...valid, language: "" }).language).toBeUndefined();
    expect(CreateSourceInput.parse(valid).language).toBeUndefined();
  });

  it.each(["spa", "xx", "es-ES", "Spanish"])("refuses %j at the language field", (language) => {
    expect(errorsOf({ ...valid, language }).language).toMatch(/ISO 639-1/);
  });

  it("is changed by PATCH, and kept when left out", () => {
    const current = { title: "Flights land", outlet: null, url: null, publishedAt: null };
    expect(mergeSourceDetails(current, UpdateSourceDetailsInput.parse({ language: "es" }), 2).language).toBe("es");
    expect(mergeSourceDetails(current, UpdateSourceDetailsInput.parse({ title: "T" }), 2).language).toBeUndefined();
    expect(UpdateSourceDetailsInput.safeParse({ language: "xx" }).error?.issues[0]?.path).toEqual(["language"]);
  });
});
