import nextEnv from "@next/env";

/**
 * The address people open the workspace at, which `npm start` passes to the app as AUTH_URL:
 * Auth.js builds every redirect from it, and exports link back to claims with it.
 *
 * `npm start` must set AUTH_URL itself (so no Host or X-Forwarded-* header decides it), but
 * `next start` only loads the `.env` files for variables not set already: a default set here
 * would shadow an AUTH_URL written in `.env` or `.env.production`, and it would shadow the
 * older NEXTAUTH_URL too (next-auth reads `AUTH_URL ?? NEXTAUTH_URL`) — and every sign-in and
 * sign-out would then redirect to localhost. So the address is, in order: AUTH_URL or
 * NEXTAUTH_URL from the environment, then from the `.env` files of `dir` (read as Next reads
 * them), then `http://<host>:<port>`. Only the origin is kept; an address with a path is
 * refused, because the workspace is served at the root of its address.
 *
 * Throws an Error whose message says what to fix when the address is not an http(s) origin.
 */
export function publicAddressOf({ env, dir, host, port }) {
  // `next start` loads the files of production mode (.env.production.local, .env.local, .env.production, .env).
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  let parsedEnv;
  try {
    parsedEnv = nextEnv.loadEnvConfig(dir, false, { info() {}, error() {} }, true).parsedEnv ?? {};
  } finally {
    if (mode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = mode;
  }
  const given = env.AUTH_URL || env.NEXTAUTH_URL || parsedEnv.AUTH_URL || parsedEnv.NEXTAUTH_URL;
  if (!given) return `http://${host}:${port}`;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`AUTH_URL "${given}" is not an address. Set it to the address people open, like https://desk.example.`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`AUTH_URL "${given}" must start with http:// or https://.`);
  if (!["/", "/api/auth", "/api/auth/"].includes(url.pathname) || url.search || url.hash) {
    throw new Error(`AUTH_URL "${given}" has a path; Corroborate is served at the root of its address. Set it to ${url.origin}.`);
  }
  return url.origin;
}
