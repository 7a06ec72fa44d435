import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { env } from "@/lib/env";
import { startTestServer, type TestServer } from "@/lib/import/test-servers";
import type { Actor } from "@/lib/permissions";
import { postDelivery } from "@/lib/webhooks/post-delivery";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import type { Engine } from "../client";
import { db, onEngine, writeTransaction } from "../connection";
import { webhookDeliveries } from "../schema";
import { claimOnNewSource, createTestActor, installTestDatabase, twoServersOn } from "../test-database";
import { setWebhookWake } from "../webhook-wake";
import { createWebhookWorker } from "../webhook-worker";
import { addComment } from "./comments";
import { createInvestigation, renameInvestigation } from "./investigations";
import { leaseDueDeliveries, recordDeliveryAttempt } from "./webhook-deliveries";
import { createWebhook, listWebhookDeliveries } from "./webhooks";

let receiver: TestServer;
let engine: Engine;
let editor: Actor;
let investigationId: string;
let claimId: string;

beforeAll(async () => {
  receiver = await startTestServer((_request, response) => response.writeHead(204).end());
  env.importAllowHosts.push(receiver.hostPort);
});
afterAll(async () => {
  env.importAllowHosts.splice(env.importAllowHosts.indexOf(receiver.hostPort), 1);
  await receiver.close();
});

beforeEach(async () => {
  engine = await installTestDatabase();
  editor = await createTestActor("editor");
  investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights" } })).id;
  claimId = (await claimOnNewSource({ actor: editor, investigationId, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" })).id;
});

const deliveries = () => db().select().from(webhookDeliveries).orderBy(webhookDeliveries.createdAt, webhookDeliveries.id);
const policy = { firstRetryMs: 30_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 3 };

describe("the webhook outbox", () => {
  it("queues nothing, and makes no delivery row, while the investigation has no webhook", async () => {
    await addComment({ actor: editor, claimId, body: "Checked the list." });
    expect(await deliveries()).toEqual([]);
  });

  it("queues one delivery per webhook of the event's investigation, whose payload names the event, subject and actor and holds no secret", async () => {
    const first = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/a` });
    const second = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/b` });
    const elsewhere = (await createInvestigation({ actor: editor, input: { title: "Elsewhere" } })).id;
    await createWebhook({ actor: editor, investigationId: elsewhere, url: `${receiver.origin}/c` });
    const comment = await addComment({ actor: editor, claimId, body: "Checked the list." });
    const rows = await deliveries();
    expect(rows.map((row) => row.webhookId).sort()).toEqual([first.webhook.id, second.webhook.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ event: "comment.added", state: "pending", attempts: 0, leasedUntil: null });
      expect(JSON.parse(row.payload)).toEqual({
        id: row.id,
        event: "comment.added",
        investigationId,
        subject: { type: "claim", id: claimId },
        actor: { id: editor.id, name: editor.name },
        data: expect.objectContaining({ commentId: comment.id, body: "Checked the list." }),
        createdAt: row.createdAt,
      });
      expect(row.payload).not.toContain(first.secret);
      expect(row.payload).not.toContain(second.secret);
    }
  });

  it("queues nothing for a change that rolls back, nor for an event that is not sent", async () => {
    await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/a` });
    await expect(
      writeTransaction(async () => {
        await addComment({ actor: editor, claimId, body: "Never committed." });
        throw new Error("the change fails after its event");
      }),
    ).rejects.toThrow("the change fails after its event");
    await renameInvestigation({ actor: editor, id: investigationId, input: { title: "Renamed", version: 1 } });
    expect(await deliveries()).toEqual([]);
  });
});

/** A receiver on loopback, allow-listed for the test, that answers with `statusOf` and keeps what it got. */
async function receiverAnswering(statusOf: (seen: number) => number) {
  const got: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const server = await startTestServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      got.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(statusOf(got.length)).end();
    });
  });
  env.importAllowHosts.push(server.hostPort);
  onTestFinished(async () => {
    env.importAllowHosts.splice(env.importAllowHosts.indexOf(server.hostPort), 1);
    await server.close();
  });
  return { server, got };
}

const deliveryIdsOf = (got: { headers: Record<string, string | string[] | undefined> }[]) =>
  got.map(({ headers }) => String(headers["x-corroborate-delivery"]));

describe("delivering the outbox", () => {
  it("POSTs the delivery, signed with its webhook's secret, and records it delivered", async () => {
    const { server, got } = await receiverAnswering(() => 200);
    const { secret, webhook } = await createWebhook({ actor: editor, investigationId, url: `${server.origin}/hooks` });
    await addComment({ actor: editor, claimId, body: "Checked the list." });
    await createWebhookWorker({ policy }).runUntilIdle();
    expect(got).toHaveLength(1);
    const [request] = got;
    expect(
      verifyWebhookSignature(secret, Number(request!.headers["x-corroborate-timestamp"]), request!.body, String(request!.headers["x-corroborate-signature"])),
    ).toBe(true);
    const [logged] = await listWebhookDeliveries({ actor: editor, investigationId, webhookId: webhook.id });
    expect(logged).toMatchObject({ id: deliveryIdsOf(got)[0], event: "comment.added", state: "delivered", attempts: 1, lastStatus: 200, lastError: null });
    expect(logged!.deliveredAt).not.toBeNull();
    expect(JSON.parse(request!.body)).toMatchObject({ id: logged!.id, event: "comment.added" });
  });

  it("tries a failed delivery again after the back-off; it succeeds on the retry and the log keeps why the first attempt failed", async () => {
    const { server, got } = await receiverAnswering((seen) => (seen === 1 ? 500 : 200));
    const { webhook } = await createWebhook({ actor: editor, investigationId, url: `${server.origin}/hooks` });
    await addComment({ actor: editor, claimId, body: "Checked the list." });
    const worker = createWebhookWorker({ policy: { ...policy, firstRetryMs: 200 } });
    await worker.runUntilIdle();
    const [failedOnce] = await listWebhookDeliveries({ actor: editor, investigationId, webhookId: webhook.id });
    expect(failedOnce).toMatchObject({ state: "pending", attempts: 1, lastStatus: 500, lastError: "The receiver answered HTTP 500." });
    await worker.runUntilIdle(); // not due yet
    expect(got).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await worker.runUntilIdle();
    expect(deliveryIdsOf(got)).toEqual([failedOnce!.id, failedOnce!.id]);
    const [delivered] = await listWebhookDeliveries({ actor: editor, investigationId, webhookId: webhook.id });
    expect(delivered).toMatchObject({ state: "delivered", attempts: 2, lastStatus: 200, lastError: "The receiver answered HTTP 500." });
  });

  it("follows the retry schedule: 30 s, then 2 min (at most, with jitter), then fails after the last attempt", async () => {
    await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/hooks` });
    await addComment({ actor: editor, claimId, body: "Checked the list." });
    const t0 = Date.now() + 1_000;
    const at = (ms: number) => new Date(t0 + ms);
    const failure = { ok: false, status: 503, error: "The receiver answered HTTP 503." };
    const full = () => 0.999_999_999;

    const [first] = await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: at(0) });
    expect(first).toMatchObject({ attempts: 1 });
    expect(await recordDeliveryAttempt({ delivery: first!, attempt: failure, policy, at: at(0), random: full })).toBe(true);
    expect((await deliveries())[0]).toMatchObject({ state: "pending", nextAttemptAt: at(30_000).toISOString(), leasedUntil: null, lastStatus: 503 });

    expect(await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: at(29_999) })).toEqual([]);
    const [second] = await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: at(30_000) });
    expect(second).toMatchObject({ attempts: 2 });
    await recordDeliveryAttempt({ delivery: second!, attempt: failure, policy, at: at(30_000), random: () => 0 });
    expect((await deliveries())[0]).toMatchObject({ state: "pending", nextAttemptAt: at(30_000 + 60_000).toISOString() });

    const [third] = await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: at(90_000) });
    expect(third).toMatchObject({ attempts: 3 });
    await recordDeliveryAttempt({ delivery: third!, attempt: failure, policy, at: at(90_000), random: full });
    expect((await deliveries())[0]).toMatchObject({ state: "failed", attempts: 3, leasedUntil: null, lastError: "The receiver answered HTTP 503." });
    expect(await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: at(86_400_000) })).toEqual([]);
  });

  it("lets another server take over a delivery whose lease ran out, and then ignores the first server's late answer", async () => {
    await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/hooks` });
    await addComment({ actor: editor, claimId, body: "Checked the list." });
    const t0 = Date.now() + 1_000;
    const [held] = await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: new Date(t0) });
    expect(await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: new Date(t0 + 59_999) })).toEqual([]);
    const [takenOver] = await leaseDueDeliveries({ limit: 10, leaseMs: 60_000, at: new Date(t0 + 60_000) });
    expect(takenOver).toMatchObject({ id: held!.id, attempts: 2 });
    const ok = { ok: true, status: 200, error: null };
    expect(await recordDeliveryAttempt({ delivery: held!, attempt: { ok: false, status: null, error: "late" }, policy })).toBe(false);
    expect(await recordDeliveryAttempt({ delivery: takenOver!, attempt: ok, policy })).toBe(true);
    expect((await deliveries())[0]).toMatchObject({ state: "delivered", attempts: 2, lastError: null });
  });

  it("runs when a commit queues deliveries, and once stopped finishes the delivery in flight and takes no more", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { server, got } = await receiverAnswering(() => 200);
    await createWebhook({ actor: editor, investigationId, url: `${server.origin}/hooks` });
    const worker = createWebhookWorker({
      policy,
      send: async (request) => {
        await held; // the receiver is slow: the delivery is in flight when the worker is stopped
        return postDelivery(request, { allowHosts: env.importAllowHosts });
      },
    });
    setWebhookWake(worker.wake);
    onTestFinished(() => setWebhookWake(undefined));
    await addComment({ actor: editor, claimId, body: "First." }); // its commit wakes the worker
    await expect.poll(async () => (await deliveries())[0]?.leasedUntil ?? null).not.toBeNull();
    const stopped = worker.stop();
    release();
    await stopped;
    expect((await deliveries()).map((row) => row.state)).toEqual(["delivered"]);
    await addComment({ actor: editor, claimId, body: "Second." });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await deliveries()).map((row) => row.state)).toEqual(["delivered", "pending"]);
    expect(got).toHaveLength(1);
  });

  it("two workers (two servers on PostgreSQL, two processes' connections on one SQLite file) deliver every row exactly once", async () => {
    const [first, second] = await twoServersOn(engine);
    await onEngine(first, async () => {
      const admin = await createTestActor("editor");
      const id = (await createInvestigation({ actor: admin, input: { title: "Shared" } })).id;
      const claim = await claimOnNewSource({ actor: admin, investigationId: id, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" });
      const { server, got } = await receiverAnswering(() => 200);
      for (let n = 0; n < 4; n++) await createWebhook({ actor: admin, investigationId: id, url: `${server.origin}/hooks/${n}` });
      for (let n = 0; n < 10; n++) await addComment({ actor: admin, claimId: claim.id, body: `Comment ${n}` });
      const queued = (await deliveries()).map((row) => row.id).sort();
      expect(queued).toHaveLength(40);
      const a = createWebhookWorker({ policy, batch: 3 });
      const b = createWebhookWorker({ policy, batch: 3 });
      await Promise.all([a.runUntilIdle(), onEngine(second, () => b.runUntilIdle())]);
      expect(deliveryIdsOf(got).sort()).toEqual(queued);
      expect((await deliveries()).map((row) => `${row.state}/${row.attempts}`)).toEqual(Array(40).fill("delivered/1"));
    });
  });
});
