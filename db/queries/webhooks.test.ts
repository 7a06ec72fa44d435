import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { startTestServer, type TestServer } from "@/lib/import/test-servers";
import type { Actor } from "@/lib/permissions";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { createInvestigation } from "./investigations";
import { createWebhook, deleteWebhook, listWebhookDeliveries, listWebhooks } from "./webhooks";

let receiver: TestServer;
let editor: Actor;
let reviewer: Actor;
let investigationId: string;

beforeAll(async () => {
  receiver = await startTestServer((_request, response) => response.writeHead(204).end());
  env.importAllowHosts.push(receiver.hostPort);
});
afterAll(async () => {
  env.importAllowHosts.splice(env.importAllowHosts.indexOf(receiver.hostPort), 1);
  await receiver.close();
});

beforeEach(async () => {
  await installTestDatabase();
  editor = await createTestActor("editor");
  reviewer = await createTestActor("reviewer");
  investigationId = (await createInvestigation({ actor: editor, input: { title: "Flights" } })).id;
});

describe("an investigation's webhooks", () => {
  it("gives the secret (32 random bytes) once, when added, and never in the list; records only the host in the history", async () => {
    const { secret, webhook } = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/hooks?channel=desk` });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook).toMatchObject({ url: `${receiver.origin}/hooks?channel=desk`, createdBy: { id: editor.id, name: editor.name } });
    const listed = await listWebhooks({ actor: editor, investigationId });
    expect(listed).toEqual([webhook]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const [added] = await listEventsBySubject({ subjectType: "webhook", subjectId: webhook.id });
    expect(added).toMatchObject({ action: "webhook.added", investigationId, data: { host: receiver.hostPort } });
    const second = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/other` });
    expect(second.secret).not.toBe(secret);
  });

  it("refuses a private, loopback or metadata address that is not allow-listed, at the url field, storing nothing", async () => {
    for (const url of ["http://10.0.0.7/hooks", "http://127.0.0.1/hooks", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hooks"]) {
      await expect(createWebhook({ actor: editor, investigationId, url })).rejects.toMatchObject({
        code: "INVALID",
        fields: { url: "Webhooks can't be sent to this address: it is on a private network." },
      });
    }
    await expect(createWebhook({ actor: editor, investigationId, url: "ftp://files.example/x" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createWebhook({ actor: editor, investigationId, url: "https://user:pass@hooks.example/x" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await listWebhooks({ actor: editor, investigationId })).toEqual([]);
  });

  it("is for editors and admins only: a reviewer can neither add, list, see the log of, nor remove one", async () => {
    const { webhook } = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/hooks` });
    await expect(createWebhook({ actor: reviewer, investigationId, url: `${receiver.origin}/hooks` })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listWebhooks({ actor: reviewer, investigationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listWebhookDeliveries({ actor: reviewer, investigationId, webhookId: webhook.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteWebhook({ actor: reviewer, investigationId, webhookId: webhook.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createTestActor("admin");
    expect(await listWebhooks({ actor: admin, investigationId })).toHaveLength(1);
  });

  it("removes a webhook only through its own investigation", async () => {
    const { webhook } = await createWebhook({ actor: editor, investigationId, url: `${receiver.origin}/hooks` });
    const other = (await createInvestigation({ actor: editor, input: { title: "Other" } })).id;
    await expect(deleteWebhook({ actor: editor, investigationId: other, webhookId: webhook.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listWebhookDeliveries({ actor: editor, investigationId: other, webhookId: webhook.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteWebhook({ actor: editor, investigationId, webhookId: webhook.id });
    expect(await listWebhooks({ actor: editor, investigationId })).toEqual([]);
    await expect(deleteWebhook({ actor: editor, investigationId, webhookId: webhook.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createWebhook({ actor: editor, investigationId: "no-such-investigation", url: `${receiver.origin}/hooks` })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
