import { decode, encode } from "next-auth/jwt";
import { sessionLimits } from "@/lib/session-limits";
import { e2eEnvironment } from "../setup/environment.mjs";
import { createAccount, createApiToken, expect, newPerson, signIn, test, usersCli, type Account } from "../fixtures";
import { openEventStream, waitFor, type OpenStream } from "./event-stream";
import { cookiePairs, send, signInOverHttp } from "./support";

/**
 * The live-update stream is a long-lived response: the session or token it was opened with is
 * checked again before every event and every 2 s. Once it no longer holds, the stream sends
 * `event: end` and closes, and nothing recorded after that reaches it.
 */
const closeWithinMs = 6_000;

/** An investigation made by a separate editor, who keeps changing it while others watch. */
async function watchedInvestigation() {
  const writer = newPerson("editor");
  const investigation = await writer.createInvestigation("Watched");
  let count = 0;
  const change = async () => {
    const response = await writer.api.send("POST", `investigations/${investigation.id}/sources`, {
      title: `Wire ${++count}`,
      text: "Officials said 238 people were flown out.",
    });
    expect(response.status).toBe(201);
  };
  return { path: `/api/v1/investigations/${investigation.id}/events`, change };
}

/** Opens the stream, shows it delivers a change, ends the credential, changes again: the stream must end before that change. */
async function endsAfter(headers: Record<string, string>, end: () => Promise<void> | void) {
  const { path, change } = await watchedInvestigation();
  const stream: OpenStream = await openEventStream(path, headers);
  expect(stream.status).toBe(200);
  try {
    await change();
    await waitFor(() => stream.events.some((event) => event.event === "change"), 5_000, "the first change");
    const startedEnding = performance.now();
    await end();
    const endedAfterMs = performance.now() - startedEnding;
    await change();
    const closedAt = await Promise.race([stream.closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), closeWithinMs + endedAfterMs))]);
    expect(closedAt, "the stream closed").toBeGreaterThan(0);
    return { events: stream.events.map(({ event, data }) => `${event} ${event === "change" ? JSON.parse(data).action : data}`) };
  } finally {
    stream.close();
  }
}

const endedBy = (reason: string) => ["change source.created", `end {"reason":"${reason}"}`];

test.describe("a live stream ends with its session or token", () => {
  for (const [change, run] of [
    ["signing out", signOutOverHttp],
    ["disabling the account", (account: Account) => void usersCli("disable", account.email)],
    ["demoting the editor to reviewer", (account: Account) => void usersCli("set-role", account.email, "reviewer")],
    ["resetting the password", (account: Account) => void usersCli("reset-password", account.email)],
  ] as const) {
    test(`session cookie: ${change} closes the open stream within seconds, and no later change reaches it`, async () => {
      const watcher = createAccount("editor");
      const { cookie } = await signInOverHttp(watcher);
      const { events } = await endsAfter({ Cookie: cookie! }, () => run(watcher, cookie!));
      expect(events).toEqual(endedBy("session-ended"));
    });
  }

  test("bearer token: disabling the account closes the open stream, and no later change reaches it", async () => {
    const watcher = createAccount("reviewer");
    const { events } = await endsAfter({ Authorization: `Bearer ${createApiToken(watcher)}` }, () => void usersCli("disable", watcher.email));
    expect(events).toEqual(endedBy("token-revoked"));
  });

  test("bearer token: revoking it in Settings → API tokens closes the open stream", async ({ page }) => {
    const watcher = createAccount("reviewer");
    const token = createApiToken(watcher);
    await signIn(page, watcher);
    await page.goto("/settings/tokens");
    const { events } = await endsAfter({ Authorization: `Bearer ${token}` }, async () => {
      await page.getByRole("button", { name: "Revoke e2e" }).click();
      await expect(page.getByText("Revoked")).toBeVisible();
    });
    expect(events).toEqual(endedBy("token-revoked"));
  });

  test("session cookie: a stream open when the session reaches its 12-hour limit ends then, however busy", async () => {
    const watcher = createAccount("reviewer");
    const { cookie } = await signInOverHttp(watcher);
    const { path } = await watchedInvestigation();
    // The real token, re-signed as if signed in 12 hours less 6 seconds ago, just before the stream opens.
    const salt = "authjs.session-token";
    const claims = (await decode({ token: cookie!.slice(cookie!.indexOf("=") + 1), secret: e2eEnvironment.AUTH_SECRET, salt }))!;
    const nearlyOld = `${salt}=${await encode({ token: { ...claims, signedInAt: Math.floor(Date.now() / 1000) - sessionLimits.absoluteSeconds + 6 }, secret: e2eEnvironment.AUTH_SECRET, salt, maxAge: sessionLimits.idleSeconds })}`;
    const stream = await openEventStream(path, { Cookie: nearlyOld });
    try {
      expect(stream.status).toBe(200);
      const closedAt = await Promise.race([stream.closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 6_000 + closeWithinMs))]);
      expect(closedAt, "the stream stayed open until the limit").toBeGreaterThan(4_000);
      expect(stream.events.map(({ event, data }) => `${event} ${data}`)).toEqual(['end {"reason":"session-ended"}']);
    } finally {
      stream.close();
    }
  });

  test("a stream whose session still holds stays open past the re-check and keeps delivering", async () => {
    const watcher = createAccount("reviewer");
    const { cookie } = await signInOverHttp(watcher);
    const { path, change } = await watchedInvestigation();
    const stream = await openEventStream(path, { Cookie: cookie! });
    try {
      await new Promise((resolve) => setTimeout(resolve, 4_500)); // two re-checks
      await change();
      await waitFor(() => stream.events.some((event) => event.event === "change"), 5_000, "a change");
      expect(stream.events.map((event) => event.event)).toEqual(["change"]);
    } finally {
      stream.close();
    }
  });
});

/** Signs out through Auth.js's own route with the session cookie, as the sign-out button does. */
async function signOutOverHttp(_account: Account, cookie: string) {
  const csrf = await send({ path: "/api/auth/csrf", headers: { Cookie: cookie } });
  const response = await send({
    method: "POST",
    path: "/api/auth/signout",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [cookie, ...cookiePairs(csrf)].join("; ") },
    body: new URLSearchParams({ csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken }).toString(),
  });
  expect(response.status).toBe(302);
}
