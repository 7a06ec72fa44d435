import fs from "node:fs";
import { expect, test } from "../fixtures";
import { e2eEnvironment } from "../setup/environment.mjs";
import { actionOutcome, captureAction, countRows, origin, pageSessionCookie, replayAction, send } from "./support";

/**
 * A server action called from another site is refused by the proxy with 403 and a
 * `csrf-refused` security event, before Next.js would refuse it by throwing (a 500 with a
 * stack trace in the server log, and nothing in the security log).
 */
type Line = { event: string; outcome: string; address?: string; target?: string; detail?: string };
const logFile = e2eEnvironment.SECURITY_LOG;
const sizeNow = () => (fs.existsSync(logFile) ? fs.statSync(logFile).size : 0);
const linesSince = (offset: number): Line[] =>
  // `offset` is a size in bytes: slice the bytes, then decode (a line may hold non-ASCII text).
  fs
    .readFileSync(logFile)
    .subarray(offset)
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

test("a cross-site server action call is answered 403, writes nothing, and is in the security log with its origin and address", async ({
  editorPage: page,
}) => {
  await page.goto("/investigations");
  const action = await captureAction(page, async () => {
    await page.getByLabel("New investigation").fill("Cross-site investigation");
    await page.getByRole("button", { name: "Create investigation" }).click();
  });
  const cookie = await pageSessionCookie(page);
  const investigations = countRows("investigations");
  const offset = sizeNow();

  const fetchCall = await replayAction(action, { cookie, origin: "https://evil.example", from: "127.0.0.71" });
  // A form posted before the page's script ran: no Next-Action header, a multipart body.
  const formPost = await send({
    method: "POST",
    path: "/",
    from: "127.0.0.72",
    headers: { Origin: "null", Cookie: cookie, "Content-Type": action.contentType },
    body: action.body,
  });
  expect([fetchCall.status, formPost.status]).toEqual([403, 403]);
  expect(countRows("investigations")).toBe(investigations);

  const refusals = linesSince(offset).filter((line) => line.event === "csrf-refused");
  expect(refusals).toEqual([
    expect.objectContaining({
      outcome: "refused",
      address: "127.0.0.71",
      target: "POST /investigations",
      detail: "cross-site server action from https://evil.example",
    }),
    expect.objectContaining({ outcome: "refused", address: "127.0.0.72", target: "POST /", detail: "cross-site server action from null" }),
  ]);

  // The page's own origin still goes through.
  expect(actionOutcome(await replayAction(action, { cookie, origin }))).toBe("allowed");
  expect(countRows("investigations")).toBe(investigations + 1);
});
