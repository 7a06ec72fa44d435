import { startBenchServer, benchAdminPassword } from "../bench/server";
import { expect, test } from "../fixtures";
import { send, signInOverHttp } from "./support";

/**
 * Auth.js builds every redirect from AUTH_URL, which `npm start` sets. A workspace configured
 * with the older NEXTAUTH_URL (or with AUTH_URL in a `.env` file, covered by
 * db/cli/public-address.test.ts) must redirect there too, not to the `http://localhost:PORT`
 * default — on Auth.js's own routes and on the proxy's redirect to sign-in.
 */
test("a workspace addressed by NEXTAUTH_URL: Auth.js's own sign-in, sign-out and error redirects and the proxy's all name that address", async () => {
  test.setTimeout(240_000);
  const port = 3196;
  const address = "https://desk.example:8443";
  const server = await startBenchServer({ name: "auth-url", port, env: { NEXTAUTH_URL: address } });
  try {
    const { cookie, response: signedIn } = await signInOverHttp({ email: "admin@example.test", password: benchAdminPassword }, undefined, { toPort: port });
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    const withoutCsrf = await send({
      method: "POST",
      path: "/api/auth/signout",
      toPort: port,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    const badProvider = await send({ path: "/api/auth/signin/nothing-such", toPort: port });
    const page = await send({ path: "/investigations/x", toPort: port });
    expect([signedIn, withoutCsrf, badProvider, page].map((response) => `${response.status} ${response.headers.location}`)).toEqual([
      `302 ${address}/`,
      `302 ${address}/signin?error=MissingCSRF`,
      `302 ${address}/api/auth/error?error=Configuration`,
      `307 ${address}/signin?callbackUrl=%2Finvestigations%2Fx`,
    ]);
  } finally {
    server.stop();
    await server.exited;
  }
});
