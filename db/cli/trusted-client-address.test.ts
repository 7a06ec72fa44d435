import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { stampClientAddress } from "./trusted-client-address.mjs";

/**
 * The preload `npm start` gives `next start`: X-Forwarded-For is rewritten from the
 * connection before the app reads it, so a client cannot choose the address sign-in
 * throttling counts. Requests come from 127.0.0.3 (any 127/8 address is local on Linux).
 */
let server: http.Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function forwardedForSeen(hops: number, sent?: string): Promise<string | undefined> {
  server = http.createServer((request, response) => {
    stampClientAddress(request, hops);
    response.end(request.headers["x-forwarded-for"]);
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, localAddress: "127.0.0.3", headers: sent ? { "X-Forwarded-For": sent } : {} }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(body));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the client address stamp", () => {
  it("replaces whatever X-Forwarded-For the client sent with the peer's address when no proxy is trusted", async () => {
    expect(await forwardedForSeen(0, "6.6.6.6")).toBe("127.0.0.3");
    expect(await forwardedForSeen(0)).toBe("127.0.0.3");
  });

  it("appends the peer (the trusted proxy) to the list when proxies are trusted", async () => {
    expect(await forwardedForSeen(1, "6.6.6.6, 203.0.113.7")).toBe("6.6.6.6, 203.0.113.7, 127.0.0.3");
  });
});
