import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { expectNoSeriousViolations } from "./axe-scan";
import { expect, test } from "./fixtures";
import { webhookReceiverPort } from "./setup/environment.mjs";

/**
 * Outgoing webhooks end to end: an editor adds one on the investigation page, copies its
 * secret, and the desk's receiver — a plain HTTP server on loopback, allow-listed for the test
 * server through IMPORT_ALLOW_HOSTS (e2e/setup/environment.mjs) — gets each comment, signed.
 * The signature is checked here with Node's own HMAC, not with the app's code.
 */
type Received = { headers: http.IncomingHttpHeaders; body: string; answered: number };

let receiver: http.Server;
const received: Received[] = [];
/** Delivery ids whose first attempt the receiver refuses with a 500. */
const refuseFirstAttemptOf = (body: string) => body.includes("please retry");

test.beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const id = String(request.headers["x-corroborate-delivery"]);
      const seenBefore = received.filter((entry) => String(entry.headers["x-corroborate-delivery"]) === id).length;
      const answered = refuseFirstAttemptOf(body) && seenBefore === 0 ? 500 : 200;
      received.push({ headers: request.headers, body, answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(webhookReceiverPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

/** What a receiver does with the secret it was given: HMAC-SHA256 of "<timestamp>.<body>", compared in constant time. */
function isSignedWith(secret: string, { headers, body }: Received): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${headers["x-corroborate-timestamp"]}.${body}`).digest("hex")}`);
  const given = Buffer.from(String(headers["x-corroborate-signature"]));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const deliveriesWith = (text: string) => received.filter((entry) => entry.body.includes(text));

test("an editor adds a webhook, copies its secret; comments reach the receiver signed, a refused one is retried, and the log shows it", async ({
  editorPage: page,
  editor,
  world,
}) => {
  test.setTimeout(90_000);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const investigationPage = `/investigations/${world.investigationId}`;
  await page.goto(investigationPage);
  await page.locator("summary", { hasText: "Webhooks" }).click();
  const form = page.getByRole("form", { name: "Add webhook" });

  await form.getByLabel("Receiver address").fill("http://169.254.169.254/latest/meta-data/");
  await form.getByRole("button", { name: "Add webhook" }).click();
  await expect(form.getByText("Webhooks can't be sent to this address: it is on a private network.")).toBeVisible();
  await expect(form.getByLabel("Receiver address")).toHaveValue("http://169.254.169.254/latest/meta-data/");

  const url = `http://127.0.0.1:${webhookReceiverPort}/desk`;
  await form.getByLabel("Receiver address").fill(url);
  await form.getByRole("button", { name: "Add webhook" }).click();
  const shown = (await page.getByTestId("new-webhook-secret").textContent())!.trim();
  expect(shown).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy secret" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toBe(shown);
  await expect(page.getByRole("list", { name: "Webhooks" })).toContainText(url);

  // A comment posted in the reader makes one signed delivery.
  await page.goto(world.path);
  const commentForm = page.getByRole("form", { name: "Add comment" });
  const comments = page.getByTestId("checking-panel").getByRole("list", { name: "Comments" });
  await commentForm.getByLabel("Comment").fill("Checked the flight manifest.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(comments).toContainText("Checked the flight manifest.");
  await expect.poll(() => deliveriesWith("Checked the flight manifest.").length, { timeout: 15_000 }).toBe(1);
  const [first] = deliveriesWith("Checked the flight manifest.");
  expect(first!.headers["content-type"]).toBe("application/json");
  expect(isSignedWith(secret, first!)).toBe(true);
  expect(isSignedWith(`${secret}x`, first!)).toBe(false);
  const payload = JSON.parse(first!.body) as Record<string, unknown>;
  expect(payload).toMatchObject({
    id: first!.headers["x-corroborate-delivery"],
    event: "comment.added",
    investigationId: world.investigationId,
    subject: { type: "claim", id: world.claim.id },
    actor: { id: expect.any(String), name: expect.stringMatching(/^Editor /) },
    data: { body: "Checked the flight manifest." },
  });
  expect(first!.body).not.toContain(secret);

  // The receiver refuses the next one once (HTTP 500); it comes again, with the same id, and is accepted.
  await commentForm.getByLabel("Comment").fill("Second look — please retry.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(comments).toContainText("Second look — please retry.");
  await expect.poll(() => deliveriesWith("please retry").map((entry) => entry.answered), { timeout: 30_000 }).toEqual([500, 200]);
  const [refused, retried] = deliveriesWith("please retry");
  expect(retried!.headers["x-corroborate-delivery"]).toBe(refused!.headers["x-corroborate-delivery"]);
  expect(retried!.body).toBe(refused!.body);
  expect(isSignedWith(secret, refused!)).toBe(true);
  expect(isSignedWith(secret, retried!)).toBe(true);

  // The delivery log: two comments, the second delivered on its second attempt after an HTTP 500.
  await page.goto(investigationPage);
  await page.locator("summary", { hasText: "Webhooks" }).click();
  const log = page.getByRole("table", { name: "Delivery log" });
  const rows = log.getByRole("row").filter({ hasText: "comment.added" });
  await expect(rows).toHaveCount(2);
  const attemptsOf = (row: number) => rows.nth(row).getByRole("cell").nth(2);
  await expect(attemptsOf(0)).toHaveText("2");
  await expect(attemptsOf(1)).toHaveText("1");
  await expect(rows.nth(0)).toContainText("HTTP 200");
  await expect(rows.nth(0)).toContainText("Earlier: The receiver answered HTTP 500.");
  await expect(rows.nth(0)).toContainText("Delivered");
  await expect(rows.nth(1)).toContainText("HTTP 200");
  await expect(rows.nth(1)).not.toContainText("Earlier");
  await expectNoSeriousViolations(page);

  // The same log over the API, without the secret.
  const listed = await editor.api.json<{ webhooks: Array<{ url: string; deliveries: Array<{ event: string; state: string; attempts: number }> }> }>(
    "GET",
    `investigations/${world.investigationId}/webhooks`,
  );
  expect(listed.webhooks.map((webhook) => webhook.url)).toEqual([url]);
  expect(listed.webhooks[0]!.deliveries.map(({ event, state, attempts }) => `${event} ${state} ${attempts}`)).toEqual([
    "comment.added delivered 2",
    "comment.added delivered 1",
  ]);
  expect(JSON.stringify(listed)).not.toContain(secret);

  // Removing it: asked to confirm, then gone with its log.
  await page.getByRole("button", { name: "Remove webhook" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(`Nothing more is sent to 127.0.0.1:${webhookReceiverPort}`);
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("list", { name: "Webhooks" })).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "Webhooks" })).toContainText("(0)");
});
