import type http from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportError, type ImportErrorCode } from "./import-error";
import { createSafeFetch, safeFetch } from "./safe-fetch";
import { startTestServer, type TestServer } from "./test-servers";

const HTML = "<!doctype html><html><head><title>Hello</title></head><body><p>Bonjour café</p></body></html>";
const SIX_MB = 6 * 1024 * 1024;

/** Routes of the main test server; `/redirect?to=URL` and `/chain/N` drive the redirect cases. */
const routes: Record<string, http.RequestListener> = {
  "/page": (_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(HTML),
  "/plain": (_req, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end("just text"),
  "/xhtml": (_req, res) => res.writeHead(200, { "Content-Type": "application/xhtml+xml" }).end("<html/>"),
  "/latin1": (_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=ISO-8859-1" }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9])),
  "/meta-charset": (_req, res) =>
    res
      .writeHead(200, { "Content-Type": "text/html" })
      .end(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x6f, 0x6b, 0x94])])),
  "/bad-utf8": (_req, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end(Buffer.from([0x6f, 0x6b, 0xff, 0xfe, 0x21])),
  "/png": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.alloc(16)),
  "/no-type": (_req, res) => {
    res.removeHeader("Content-Type");
    res.writeHead(200).end("who knows");
  },
  "/missing": (_req, res) => res.writeHead(404, { "Content-Type": "text/html" }).end("gone"),
  "/big": (_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(Buffer.alloc(SIX_MB, 0x61)),
  "/big-chunked": (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Transfer-Encoding": "chunked" });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < SIX_MB && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  },
  "/gzip-bomb": (_req, res) => res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(gzipSync(Buffer.alloc(SIX_MB, 0x20))),
  "/gzip": (_req, res) => res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(gzipSync(Buffer.from(HTML))),
  "/weird-encoding": (_req, res) => res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "zstd-9000" }).end("x"),
  "/hang": () => {
    // Never answers.
  },
  "/drip": (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write("a")), 50);
  },
  "/no-location": (_req, res) => res.writeHead(302).end(),
  "/bad-location": (_req, res) => res.writeHead(302, { Location: "http://[::1" }).end(),
};

let server: TestServer;
let other: TestServer;
let allow: string[];

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const left = Number(chain[1]);
      return void res.writeHead(302, { Location: left > 0 ? `/chain/${left - 1}` : "/page" }).end();
    }
    if (url.pathname === "/redirect") return void res.writeHead(302, { Location: url.searchParams.get("to") ?? "/" }).end();
    (routes[url.pathname] ?? routes["/missing"]!)(req, res);
  });
  other = await startTestServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end("other"));
  allow = [server.hostPort];
});

afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

async function refusalCode(promise: Promise<unknown>): Promise<ImportErrorCode> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).code;
}

function redirectTo(target: string): string {
  return `${server.origin}/redirect?to=${encodeURIComponent(target)}`;
}

describe("safeFetch against allow-listed local servers", () => {
  it("fetches an HTML page", async () => {
    const page = await safeFetch(`${server.origin}/page`, { allowHosts: allow });
    expect(page).toEqual({ finalUrl: `${server.origin}/page`, contentType: "text/html", body: HTML });
  });

  it("sends only the fixed headers: honest User-Agent, no cookies, no credentials", async () => {
    await safeFetch(`${server.origin}/page`, { allowHosts: allow });
    const headers = server.requests.at(-1)!.headers;
    expect(headers["user-agent"]).toBe("CorroborateBot/1 (+fact-checking workspace)");
    expect(headers.host).toBe(server.hostPort);
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  });

  it("accepts text/plain and application/xhtml+xml", async () => {
    expect((await safeFetch(`${server.origin}/plain`, { allowHosts: allow })).contentType).toBe("text/plain");
    expect((await safeFetch(`${server.origin}/xhtml`, { allowHosts: allow })).contentType).toBe("application/xhtml+xml");
  });

  it("matches allowHosts case-insensitively and refuses the host on another port", async () => {
    const upper = [`LOCALHOST.example:1`, server.hostPort.toUpperCase()];
    expect((await safeFetch(`${server.origin}/plain`, { allowHosts: upper })).body).toBe("just text");
    expect(await refusalCode(safeFetch(`${other.origin}/`, { allowHosts: allow }))).toBe("private-address");
    expect(await refusalCode(safeFetch(`${server.origin}/`, { allowHosts: ["127.0.0.1"] }))).toBe("port");
  });

  it("decodes with the charset from Content-Type, a <meta charset>, or UTF-8 with replacement", async () => {
    expect((await safeFetch(`${server.origin}/latin1`, { allowHosts: allow })).body).toBe("café");
    expect((await safeFetch(`${server.origin}/meta-charset`, { allowHosts: allow })).body).toContain("\u201cok\u201d");
    expect((await safeFetch(`${server.origin}/bad-utf8`, { allowHosts: allow })).body).toBe("ok\uFFFD\uFFFD!");
  });

  it("decompresses gzip", async () => {
    expect((await safeFetch(`${server.origin}/gzip`, { allowHosts: allow })).body).toBe(HTML);
  });

  it("follows up to maxRedirects redirects and reports the final URL", async () => {
    const page = await safeFetch(`${server.origin}/chain/2`, { allowHosts: allow });
    expect(page.finalUrl).toBe(`${server.origin}/page`);
    expect(await refusalCode(safeFetch(`${server.origin}/chain/0`, { allowHosts: allow, maxRedirects: 0 }))).toBe("too-many-redirects");
  });

  it("refuses a fourth redirect", async () => {
    const promise = safeFetch(`${server.origin}/chain/3`, { allowHosts: allow });
    await expect(promise).rejects.toMatchObject({
      code: "too-many-redirects",
      message: "The address sent us on more than 3 times, so we stopped following it.",
    });
  });

  it("refuses a redirect to another local port that is not allow-listed, without connecting", async () => {
    const before = other.connections;
    expect(await refusalCode(safeFetch(redirectTo(`${other.origin}/`), { allowHosts: allow }))).toBe("private-address");
    expect(other.connections).toBe(before);
  });

  it("refuses a redirect to the cloud metadata address", async () => {
    expect(await refusalCode(safeFetch(redirectTo("http://169.254.169.254/"), { allowHosts: allow }))).toBe("private-address");
  });

  it("refuses redirects to other schemes and unusable Locations", async () => {
    expect(await refusalCode(safeFetch(redirectTo("file:///etc/passwd"), { allowHosts: allow }))).toBe("scheme");
    expect(await refusalCode(safeFetch(`${server.origin}/bad-location`, { allowHosts: allow }))).toBe("invalid-url");
    expect(await refusalCode(safeFetch(`${server.origin}/no-location`, { allowHosts: allow }))).toBe("http-status");
  });

  it("refuses a 6 MB body, declared or chunked, and a gzip bomb", async () => {
    for (const path of ["/big", "/big-chunked", "/gzip-bomb"]) {
      await expect(safeFetch(`${server.origin}${path}`, { allowHosts: allow })).rejects.toMatchObject({
        code: "too-large",
        message: "The page is larger than 5 MB.",
      });
    }
  });

  it("gives up on a server that never answers at the deadline", async () => {
    const started = Date.now();
    await expect(safeFetch(`${server.origin}/hang`, { allowHosts: allow, timeoutMs: 300 })).rejects.toMatchObject({
      code: "timeout",
      message: "The page took longer than 0.3 seconds to answer.",
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a slow-drip body at the same overall deadline", async () => {
    const started = Date.now();
    expect(await refusalCode(safeFetch(`${server.origin}/drip`, { allowHosts: allow, timeoutMs: 300 }))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses content that is not a page", async () => {
    await expect(safeFetch(`${server.origin}/png`, { allowHosts: allow })).rejects.toMatchObject({
      code: "content-type",
      message: "That address does not serve a web page (it sent image/png).",
    });
    expect(await refusalCode(safeFetch(`${server.origin}/no-type`, { allowHosts: allow }))).toBe("content-type");
    expect(await refusalCode(safeFetch(`${server.origin}/weird-encoding`, { allowHosts: allow }))).toBe("content-type");
  });

  it("refuses error statuses", async () => {
    await expect(safeFetch(`${server.origin}/missing`, { allowHosts: allow })).rejects.toMatchObject({
      code: "http-status",
      message: "The site answered with an error (HTTP 404) instead of the page.",
    });
  });

  it("reports a closed port as a network failure", async () => {
    const closed = await startTestServer(() => undefined);
    const hostPort = closed.hostPort;
    await closed.close();
    expect(await refusalCode(safeFetch(`http://${hostPort}/`, { allowHosts: [hostPort] }))).toBe("network");
  });
});

describe("safeFetch name resolution", () => {
  it("reports a name that does not resolve as dns", async () => {
    await expect(safeFetch("http://no-such-site.invalid/")).rejects.toMatchObject({
      code: "dns",
      message: "The name no-such-site.invalid could not be found (DNS). Check the address, or try again later.",
    });
  });

  it("refuses a host when ANY of its addresses is private", async () => {
    const lookup = async () => [
      { address: "93.184.215.14", family: 4 as const },
      { address: "10.1.2.3", family: 4 as const },
    ];
    expect(await refusalCode(createSafeFetch(lookup)("http://mixed.test/"))).toBe("private-address");
  });

  it("refuses IPv4-mapped and NAT64 spellings of private addresses returned by DNS", async () => {
    for (const address of ["::ffff:127.0.0.1", "64:ff9b::a00:1", "::1", "fe80::1"]) {
      const lookup = async () => [{ address, family: 6 as const }];
      expect(await refusalCode(createSafeFetch(lookup)("http://sneaky.test/"))).toBe("private-address");
    }
  });

  it("resolves once per hop and connects to the checked address, whatever DNS says next (rebinding)", async () => {
    const answers = [[{ address: "127.0.0.1", family: 4 as const }]];
    const asked: string[] = [];
    const rebinding = createSafeFetch(async (host) => {
      asked.push(host);
      return answers.shift() ?? [{ address: "192.0.2.1", family: 4 }];
    });
    const page = await rebinding(`http://rebind.test:${server.port}/page`, { allowHosts: [`rebind.test:${server.port}`] });
    expect(page.body).toBe(HTML);
    expect(asked).toEqual(["rebind.test"]);
    expect(server.requests.at(-1)!.headers.host).toBe(`rebind.test:${server.port}`);
  });

  it("re-resolves and re-checks the host of every redirect", async () => {
    const asked: string[] = [];
    const lookup = async (host: string) => {
      asked.push(host);
      return [{ address: "127.0.0.1", family: 4 as const }];
    };
    const target = `http://internal.test/`;
    expect(await refusalCode(createSafeFetch(lookup)(redirectTo(target), { allowHosts: allow }))).toBe("private-address");
    expect(asked).toEqual(["internal.test"]);
  });

  it("refuses nonsense input as invalid-url and bad options as a programming error", async () => {
    expect(await refusalCode(safeFetch("not a url"))).toBe("invalid-url");
    expect(await refusalCode(safeFetch(""))).toBe("invalid-url");
    await expect(safeFetch("http://x.test/", { timeoutMs: 0 })).rejects.toBeInstanceOf(TypeError);
    await expect(safeFetch("http://x.test/", { allowHosts: ["a b"] })).rejects.toBeInstanceOf(TypeError);
  });
});
