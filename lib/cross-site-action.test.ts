import { describe, expect, it } from "vitest";
import { crossSiteActionOrigin, type ActionRequestHeaders } from "./cross-site-action";

const call = (headers: Partial<ActionRequestHeaders>) =>
  crossSiteActionOrigin({
    method: "POST",
    nextAction: "7f00",
    contentType: "text/plain;charset=UTF-8",
    origin: "http://localhost:3000",
    host: "localhost:3000",
    forwardedHost: null,
    ...headers,
  });

describe("a cross-site server action call", () => {
  it("passes from the page's own origin, by Host or by the first X-Forwarded-Host", () => {
    expect(call({})).toBeNull();
    expect(call({ origin: "https://desk.example", host: "127.0.0.1:3000", forwardedHost: "desk.example, proxy.internal" })).toBeNull();
  });

  it("is refused from another origin, an opaque one, a look-alike or garbage, naming the origin", () => {
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example:3000", "http://localhost:3001", "not a url"])
      expect(call({ origin })).toBe(origin);
    expect(call({ origin: "http://localhost:3000", forwardedHost: "evil.example" })).toBe("http://localhost:3000");
    expect(call({ host: null })).toBe("http://localhost:3000");
  });

  it("judges form posts without Next-Action too (a form submitted before the script ran), and nothing else", () => {
    expect(call({ nextAction: null, contentType: "multipart/form-data; boundary=x", origin: "https://evil.example" })).toBe("https://evil.example");
    expect(call({ nextAction: null, contentType: "application/json", origin: "https://evil.example" })).toBeNull();
    expect(call({ method: "GET", origin: "https://evil.example" })).toBeNull();
    expect(call({ origin: null })).toBeNull();
  });
});
