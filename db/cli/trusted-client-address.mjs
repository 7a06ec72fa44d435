/**
 * Loaded into `next start` before the app (db/cli/start.mjs: `node --import
 * ./db/cli/stamp-client-address.mjs`, which calls `installClientAddressStamp`). Next.js fills
 * X-Forwarded-For only when a request has none, so a client could name any address it likes;
 * this stamps the header from the connection before Next.js sees the request:
 *
 * - TRUSTED_PROXY_HOPS=0 (default, the app is reached directly): the header becomes the
 *   peer's address, whatever the client sent.
 * - TRUSTED_PROXY_HOPS=n: the peer (the nearest proxy) is appended to the list the proxies
 *   built, as a proxy would; lib/client-address.ts then reads the entry n places from the end.
 *
 * Plain JavaScript with no dependencies: it runs before the app is loaded.
 */
import http from "node:http";

const marker = Symbol.for("corroborate.trustedClientAddress");

/** Rewrites `request.headers["x-forwarded-for"]` from the socket (see above). */
export function stampClientAddress(request, hops) {
  const peer = request.socket?.remoteAddress ?? "unknown";
  const incoming = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = hops > 0 && incoming ? `${incoming}, ${peer}` : peer;
}

/** Makes every server `http.createServer` creates stamp its requests first. Idempotent. */
export function installClientAddressStamp(hops = Number(process.env.TRUSTED_PROXY_HOPS || 0)) {
  if (http[marker]) return;
  http[marker] = true;
  const createServer = http.createServer;
  http.createServer = function createServerWithClientAddress(...args) {
    const server = createServer.apply(this, args);
    server.prependListener("request", (request) => stampClientAddress(request, hops));
    return server;
  };
}
