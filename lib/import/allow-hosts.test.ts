import { describe, expect, it } from "vitest";
import { effectivePort, matchAllowHosts } from "./allow-hosts";

const url = (text: string) => new URL(text);

describe("matchAllowHosts", () => {
  it("matches host and port exactly, case-insensitively", () => {
    expect(matchAllowHosts(url("http://127.0.0.1:4123/x"), ["127.0.0.1:4123"])).toBe("host-and-port");
    expect(matchAllowHosts(url("http://Intranet.Example:8080/"), ["INTRANET.example:8080"])).toBe("host-and-port");
    expect(matchAllowHosts(url("http://[::1]:9000/"), ["[::1]:9000"])).toBe("host-and-port");
  });

  it("does not match another port, another host, or a look-alike", () => {
    expect(matchAllowHosts(url("http://127.0.0.1:4124/"), ["127.0.0.1:4123"])).toBe("none");
    expect(matchAllowHosts(url("http://www.example.com/"), ["example.com"])).toBe("none");
    expect(matchAllowHosts(url("http://example.com.evil.test/"), ["example.com"])).toBe("none");
    expect(matchAllowHosts(url("http://127.0.0.1/"), undefined)).toBe("none");
  });

  it("matches a portless entry on any port, leaving the port rule in force", () => {
    expect(matchAllowHosts(url("http://intranet.example:8080/"), ["intranet.example"])).toBe("host");
    expect(matchAllowHosts(url("https://intranet.example/"), ["intranet.example"])).toBe("host");
  });

  it("treats an explicit default port in the entry like the implied one", () => {
    expect(matchAllowHosts(url("http://intranet.example/"), ["intranet.example:80"])).toBe("host-and-port");
    expect(matchAllowHosts(url("https://intranet.example/"), ["intranet.example:443"])).toBe("host-and-port");
    expect(matchAllowHosts(url("https://intranet.example/"), ["intranet.example:80"])).toBe("none");
  });

  it.each(["a b", "user@host", "host/path", "::1", ""])("rejects the malformed entry %j", (entry) => {
    expect(() => matchAllowHosts(url("http://x.test/"), [entry])).toThrow(TypeError);
  });

  it("knows the default ports", () => {
    expect(effectivePort(url("http://a.test/"))).toBe("80");
    expect(effectivePort(url("https://a.test/"))).toBe("443");
    expect(effectivePort(url("https://a.test:8443/"))).toBe("8443");
  });
});
