import { describe, expect, it } from "vitest";
import { formatBytes, formatSeconds, refusals } from "./refusals";

describe("refusal wording", () => {
  it("formats limits the way people say them", () => {
    expect(formatSeconds(10_000)).toBe("10 seconds");
    expect(formatSeconds(1_000)).toBe("1 second");
    expect(formatSeconds(300)).toBe("0.3 seconds");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(1536 * 1024)).toBe("1.5 MB");
    expect(formatBytes(512 * 1024)).toBe("512 KB");
    expect(formatBytes(900)).toBe("900 bytes");
  });

  it("uses the agreed messages", () => {
    expect(refusals.privateAddress().message).toBe("This address can't be fetched: it is on a private network.");
    expect(refusals.timeout(10_000).message).toBe("The page took longer than 10 seconds to answer.");
    expect(refusals.tooLarge(5 * 1024 * 1024).message).toBe("The page is larger than 5 MB.");
    expect(refusals.contentType("image/png").message).toBe("That address does not serve a web page (it sent image/png).");
    expect(refusals.fileType().message).toBe("Upload a .txt, .md or .html file.");
    expect(refusals.dns("news.example").message).toBe("The name news.example could not be found (DNS). Check the address, or try again later.");
    expect(refusals.tooManyRedirects(1).message).toBe("The address sent us on more than 1 time, so we stopped following it.");
  });
});
