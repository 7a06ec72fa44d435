import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportErrorCode } from "./import-error";
import { ImportError } from "./import-error";
import { createSafeFetch, safeFetch } from "./safe-fetch";
import { startTestServer, type TestServer } from "./test-servers";

/**
 * Appendix C5 of the reliability & security plan (T44): every target is refused before a
 * connection is made. Canary servers on 127.0.0.1 (and [::1] where available) count TCP
 * connections and must end at zero; the port-80 cases must fail with a refusal code, never
 * "network" (which would mean a connection was attempted).
 */
const C5: Array<[url: string, code: ImportErrorCode]> = [
  ["http://127.0.0.1:80/", "private-address"],
  ["http://localhost", "private-address"],
  ["http://[::1]", "private-address"],
  ["http://0.0.0.0", "private-address"],
  ["http://0/", "private-address"],
  ["http://127.1", "private-address"],
  ["http://2130706433", "private-address"],
  ["http://0x7f000001", "private-address"],
  ["http://0177.0.0.1", "private-address"],
  ["http://[::ffff:127.0.0.1]", "private-address"],
  ["http://169.254.169.254/latest/meta-data/", "private-address"],
  ["http://[fd00::1]", "private-address"],
  ["http://[fe80::1]", "private-address"],
  ["http://10.0.0.1", "private-address"],
  ["http://172.16.0.1", "private-address"],
  ["http://192.168.0.1", "private-address"],
  ["http://100.64.0.1", "private-address"],
  ["http://198.18.0.1", "private-address"],
  ["http://user:pass@127.0.0.1", "credentials"],
  ["gopher://127.0.0.1:6379/_", "scheme"],
  ["file:///etc/passwd", "scheme"],
  ["http://example.com:22/", "port"],
];

/** The same targets aimed at the canary's own port, so a slip would be counted. */
function canaryTargets(port: number, v6Port: number | null): Array<[string, ImportErrorCode]> {
  const targets: Array<[string, ImportErrorCode]> = [
    [`http://127.0.0.1:${port}/`, "private-address"],
    [`http://0.0.0.0:${port}/`, "private-address"],
    [`http://0:${port}/`, "private-address"],
    [`http://127.1:${port}/`, "private-address"],
    [`http://2130706433:${port}/`, "private-address"],
    [`http://0x7f000001:${port}/`, "private-address"],
    [`http://0177.0.0.1:${port}/`, "private-address"],
    [`http://[::ffff:127.0.0.1]:${port}/`, "private-address"],
    [`http://[::ffff:7f00:1]:${port}/`, "private-address"],
    [`http://user:pass@127.0.0.1:${port}/`, "credentials"],
    [`http://user@127.0.0.1:${port}/`, "credentials"],
    [`gopher://127.0.0.1:${port}/_`, "scheme"],
    [`ftp://127.0.0.1:${port}/`, "scheme"],
    [`ws://127.0.0.1:${port}/`, "scheme"],
    [`http://localhost:${port}/`, "port"],
    [`https://127.0.0.1:${port}/`, "private-address"],
  ];
  if (v6Port !== null) {
    targets.push([`http://[::1]:${v6Port}/`, "private-address"], [`http://[::ffff:127.0.0.1]:${v6Port}/`, "private-address"]);
  }
  return targets;
}

let canary: TestServer;
let canaryV6: TestServer | null = null;
let redirector: TestServer;
let redirectTo = "";

beforeAll(async () => {
  canary = await startTestServer((_req, res) => res.end("canary"));
  canaryV6 = await startTestServer((_req, res) => res.end("canary"), "::1").catch(() => null);
  redirector = await startTestServer((_req, res) => {
    res.writeHead(302, { Location: redirectTo }).end();
  });
});

afterAll(async () => {
  expect(canary.connections).toBe(0);
  if (canaryV6) expect(canaryV6.connections).toBe(0);
  await Promise.all([canary.close(), canaryV6?.close(), redirector.close()]);
});

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("safeFetch refuses the C5 targets before connecting", () => {
  it.each(C5)("%s → %s", async (url, code) => {
    const error = await refusal(safeFetch(url));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^This address can't be fetched: /);
  });

  it("refuses each target aimed at the canary port, and the canaries see no connection", async () => {
    for (const [url, code] of canaryTargets(canary.port, canaryV6?.port ?? null)) {
      const error = await refusal(safeFetch(url));
      expect({ url, code: error.code }).toEqual({ url, code });
    }
    expect(canary.connections).toBe(0);
    expect(canaryV6?.connections ?? 0).toBe(0);
  });

  it("checks literal addresses and ports without asking DNS", async () => {
    const asked: string[] = [];
    const fetchWithSpy = createSafeFetch(async (host) => {
      asked.push(host);
      throw new Error("DNS must not be consulted");
    });
    for (const [url, code] of C5.filter(([url]) => !url.startsWith("http://localhost"))) {
      expect((await refusal(fetchWithSpy(url))).code).toBe(code);
    }
    expect(asked).toEqual([]);
  });

  it("uses the private-network message for address refusals", async () => {
    const error = await refusal(safeFetch("http://169.254.169.254/latest/meta-data/"));
    expect(error.message).toBe("This address can't be fetched: it is on a private network.");
  });
});

describe("safeFetch refuses a redirect to each C5 target (T45)", () => {
  it.each(C5)("302 → %s is refused with %s", async (url, code) => {
    redirectTo = url;
    const error = await refusal(safeFetch(`${redirector.origin}/`, { allowHosts: [redirector.hostPort] }));
    expect(error.code).toBe(code);
  });

  it("refuses redirects aimed at the canary port too", async () => {
    for (const [url, code] of canaryTargets(canary.port, canaryV6?.port ?? null)) {
      redirectTo = url;
      const error = await refusal(safeFetch(`${redirector.origin}/`, { allowHosts: [redirector.hostPort] }));
      expect({ url, code: error.code }).toEqual({ url, code });
    }
    expect(canary.connections).toBe(0);
  });
});
