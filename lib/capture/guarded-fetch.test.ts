import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { ImportError } from "../import/import-error";
import { systemLookup } from "../import/resolve-host";
import { startTestServer, type TestServer } from "../import/test-servers";
import { startBudget } from "./capture-budget";
import { CaptureError } from "./capture-error";
import { ConnectionPool } from "./connection-pool";
import { guardedFetch } from "./guarded-fetch";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(handler: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const started = await startTestServer(handler);
  servers.push(started);
  return started;
}

function budget(maxBytes = 1024 * 1024) {
  return startBudget({ timeoutMs: 10_000, maxBytes });
}

describe("guardedFetch", () => {
  it("refuses a private address that is not allow-listed before connecting", async () => {
    const canary = await server((_req, res) => res.end("reached"));
    const spent = budget();
    const refused = await guardedFetch(
      { url: `${canary.origin}/`, method: "GET", headers: {}, body: null },
      { allowHosts: [], lookup: systemLookup, budget: spent, signal: spent.signal },
    ).catch((e: unknown) => e);
    spent.dispose();
    expect(refused).toBeInstanceOf(ImportError);
    expect((refused as ImportError).code).toBe("private-address");
    expect(canary.connections).toBe(0);
  });

  it("resolves a name once and connects only to the checked address (pinned), with the page's method, headers and body", async () => {
    const site = await server((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => res.end(`${req.method} ${req.headers.host} ${req.headers["x-page"]} ${body}`));
    });
    const asked: string[] = [];
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: "127.0.0.1", family: 4 as const }];
    };
    const spent = budget();
    const exchange = await guardedFetch(
      { url: `http://pinned.example:${site.port}/form`, method: "POST", headers: { "x-page": "yes", host: "evil.example" }, body: Buffer.from("a=1") },
      { allowHosts: [`pinned.example:${site.port}`], lookup, budget: spent, signal: spent.signal },
    );
    spent.dispose();
    expect(asked).toEqual(["pinned.example"]);
    expect(exchange.body.toString("utf8")).toBe(`POST pinned.example:${site.port} yes a=1`);
    expect(exchange.address).toBe("127.0.0.1");
    expect(exchange.method).toBe("POST");
  });

  it("undoes gzip, counts the decoded bytes and keeps no Content-Encoding or Content-Length", async () => {
    const text = "words ".repeat(5_000);
    const site = await server((_req, res) => {
      const zipped = gzipSync(text);
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip", "content-length": String(zipped.length), "x-kept": "1" });
      res.end(zipped);
    });
    const spent = budget();
    const exchange = await guardedFetch(
      { url: `${site.origin}/`, method: "GET", headers: {}, body: null },
      { allowHosts: [site.hostPort], lookup: systemLookup, budget: spent, signal: spent.signal },
    );
    spent.dispose();
    expect(exchange.body.toString("utf8")).toBe(text);
    expect(spent.bytes()).toBe(text.length);
    const names = exchange.responseHeaders.map(([name]) => name.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(["content-type", "x-kept"]));
    expect(names).not.toContain("content-encoding");
    expect(names).not.toContain("content-length");
  });

  it("reuses a connection only within one capture's pool", async () => {
    const site = await server((_req, res) => res.end("ok"));
    const fetchWith = async (pool: ConnectionPool) => {
      const spent = budget();
      await guardedFetch(
        { url: `${site.origin}/`, method: "GET", headers: {}, body: null },
        { allowHosts: [site.hostPort], lookup: systemLookup, budget: spent, signal: spent.signal, pool },
      );
      spent.dispose();
    };
    const first = new ConnectionPool();
    await fetchWith(first);
    await fetchWith(first);
    expect(site.connections).toBe(1);
    const second = new ConnectionPool();
    await fetchWith(second);
    expect(site.connections).toBe(2);
    first.destroy();
    second.destroy();
  });

  it("stops a response that streams past the capture's byte budget, and fails the whole capture with too-large", async () => {
    let written = 0;
    const site = await server((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const block = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        while (written < 40 * 1024 * 1024 && !res.destroyed) {
          written += block.length;
          if (!res.write(block)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    const spent = budget(512 * 1024);
    const failure = await guardedFetch(
      { url: `${site.origin}/`, method: "GET", headers: {}, body: null },
      { allowHosts: [site.hostPort], lookup: systemLookup, budget: spent, signal: spent.signal },
    ).catch((e: unknown) => e);
    spent.dispose();
    expect(failure).toBeInstanceOf(CaptureError);
    expect((failure as CaptureError).reason).toBe("too-large");
    expect(spent.failure()?.reason).toBe("too-large");
    expect(spent.signal.aborted).toBe(true);
    expect(spent.bytes()).toBeLessThan(512 * 1024 + 128 * 1024);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });
});
