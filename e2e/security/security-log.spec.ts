import fs from "node:fs";
import { createAccount, createApiToken, expect, test, usersCli } from "../fixtures";
import { e2eEnvironment } from "../setup/environment.mjs";
import { cookiePairs, send, signInOverHttp } from "./support";

/**
 * The security log (plan T50, T51), read back from SECURITY_LOG as the server and the users
 * CLI wrote it: one JSON line per event with the fields an investigator needs, no secrets,
 * and a bounded number of lines for a burst of guesses.
 */
type Line = {
  time: string;
  kind: string;
  event: string;
  outcome: string;
  userId?: string;
  email?: string;
  address?: string;
  target?: string;
  detail?: string;
  suppressed?: number;
};

const logFile = e2eEnvironment.SECURITY_LOG;
const sizeNow = () => (fs.existsSync(logFile) ? fs.statSync(logFile).size : 0);
/** Every line written since byte `offset`, parsed (a line that is not one JSON object fails the test). */
function linesSince(offset: number): Line[] {
  // `offset` is a size in bytes: slice the bytes, then decode (a line may hold non-ASCII text).
  const text = fs.readFileSync(logFile).subarray(offset).toString("utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

test("sign-in, sign-out, a refusal, an export and account changes are logged with who, what, from where and when — and no secret", async () => {
  const offset = sizeNow();
  const account = createAccount("reviewer");
  const wrong = await signInOverHttp({ email: account.email, password: "not the password at all" }, "127.0.0.60");
  expect(wrong.cookie).toBeUndefined();
  const { cookie } = await signInOverHttp(account, "127.0.0.60");
  expect(cookie).toBeDefined();
  const csrf = await send({ path: "/api/auth/csrf", from: "127.0.0.60", headers: { Cookie: cookie! } });
  const csrfToken = (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken;
  await send({
    method: "POST",
    path: "/api/auth/signout",
    from: "127.0.0.60",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [...cookiePairs(csrf), cookie!].join("; ") },
    body: new URLSearchParams({ csrfToken }).toString(),
  });
  await send({ method: "POST", path: "/api/auth/signout", from: "127.0.0.60", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "" }); // no CSRF token

  const token = createApiToken(account);
  const bearer = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  expect(
    (await send({ method: "POST", path: "/api/v1/investigations", headers: bearer, body: JSON.stringify({ title: "Not a reviewer's to make" }) })).status,
  ).toBe(403);
  const editor = createAccount("editor");
  const editorBearer = { Authorization: `Bearer ${createApiToken(editor)}`, "Content-Type": "application/json" };
  const investigation = JSON.parse(
    (await send({ method: "POST", path: "/api/v1/investigations", headers: editorBearer, body: JSON.stringify({ title: "Logged" }) })).text,
  ) as { id: string };
  expect((await send({ path: `/api/v1/investigations/${investigation.id}/export?format=csv`, headers: editorBearer })).status).toBe(200);
  usersCli("set-role", account.email, "editor");

  const lines = linesSince(offset);
  const me = JSON.parse((await send({ path: "/api/v1/me", headers: { Authorization: `Bearer ${createApiToken(editor)}` } })).text) as { id: string };
  const find = (event: string, outcome: string, extra: Partial<Line> = {}) =>
    lines.find(
      (line) => line.event === event && line.outcome === outcome && Object.entries(extra).every(([name, value]) => line[name as keyof Line] === value),
    );
  expect(find("sign-in", "failure", { email: account.email, address: "127.0.0.60" })).toBeDefined();
  const signedIn = find("sign-in", "success", { address: "127.0.0.60" });
  expect(signedIn?.userId).toEqual(expect.any(String));
  expect(find("sign-out", "success", { userId: signedIn!.userId })).toBeDefined();
  expect(find("access-denied", "refused", { userId: signedIn!.userId, target: "POST /api/v1/investigations" })).toBeDefined();
  expect(find("export", "success", { userId: me.id, target: `investigation ${investigation.id}`, detail: "csv" })).toBeDefined();
  expect(find("api-token-changed", "success", { detail: "api-token.created" })).toBeDefined();
  expect(find("account-changed", "success", { target: signedIn!.userId, detail: "user.role-changed" })).toBeDefined();
  for (const line of lines) {
    expect(line.kind).toBe("security");
    expect(Date.parse(line.time), line.time).not.toBeNaN();
    expect(line.time.endsWith("Z")).toBe(true);
  }
  // A refused CSRF token is sampled process-wide (once a minute), so look in the whole log.
  expect(linesSince(0).some((line) => line.event === "csrf-refused")).toBe(true);

  const whole = fs.readFileSync(logFile, "utf8");
  for (const secret of [account.password, "not the password at all", cookie!.slice(cookie!.indexOf("=") + 1), csrfToken, token])
    expect(whole.includes(secret), "a secret in the log").toBe(false);
});

test("a burst of a hundred wrong passwords from one address writes a bounded number of lines", async () => {
  const account = createAccount("reviewer");
  const offset = sizeNow();
  for (let attempt = 0; attempt < 100; attempt++) await signInOverHttp({ email: account.email, password: `guess number ${attempt}` }, "127.0.0.61");
  const fromThere = linesSince(offset).filter((line) => line.address === "127.0.0.61");
  expect(fromThere.filter((line) => line.event === "sign-in" && line.outcome === "failure").length).toBeLessThanOrEqual(10); // the address throttle stops the rest unread
  expect(fromThere.filter((line) => line.event === "sign-in-throttled")).toHaveLength(1);
  expect(fromThere.length).toBeLessThanOrEqual(11);
});
