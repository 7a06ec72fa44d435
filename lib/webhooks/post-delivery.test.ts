import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../import/test-servers";
import { postDelivery, type DeliveryRequest } from "./post-delivery";
import { verifyWebhookSignature } from "./signature";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const delivery = (url: string): DeliveryRequest => ({
  url,
  secret: "receiver's secret",
  deliveryId: "delivery-1",
  event: "comment.added",
  body: JSON.stringify({ id: "delivery-1", event: "comment.added", data: { body: "Señal ✓" } }),
  timestamp: 1_700_000_000,
});

describe("posting a webhook delivery", () => {
  it("POSTs the body as JSON with the delivery id, event, timestamp and a signature the receiver verifies", async () => {
    const received: { headers: Record<string, string | string[] | undefined>; body: string; method?: string }[] = [];
    server = await startTestServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), method: request.method });
        response.writeHead(204).end();
      });
    });
    const sent = delivery(`${server.origin}/hooks`);
    expect(await postDelivery(sent, { allowHosts: [server.hostPort] })).toEqual({ ok: true, status: 204, error: null });
    const [request] = received;
    expect(request).toMatchObject({ method: "POST", body: sent.body });
    expect(request!.headers).toMatchObject({
      "content-type": "application/json",
      "x-corroborate-delivery": "delivery-1",
      "x-corroborate-event": "comment.added",
      "x-corroborate-timestamp": "1700000000",
    });
    expect(verifyWebhookSignature("receiver's secret", 1_700_000_000, request!.body, String(request!.headers["x-corroborate-signature"]))).toBe(true);
  });

  it("counts an error status as a failed attempt, with the status", async () => {
    server = await startTestServer((_request, response) => response.writeHead(500).end("down"));
    expect(await postDelivery(delivery(`${server.origin}/hooks`), { allowHosts: [server.hostPort] })).toEqual({
      ok: false,
      status: 500,
      error: "The receiver answered HTTP 500.",
    });
  });

  it("does not follow a redirect", async () => {
    server = await startTestServer((request, response) => response.writeHead(307, { Location: "/elsewhere" }).end());
    const attempt = await postDelivery(delivery(`${server.origin}/hooks`), { allowHosts: [server.hostPort] });
    expect(attempt).toMatchObject({ ok: false, status: 307 });
    expect(server.requests.map((request) => request.url)).toEqual(["/hooks"]);
  });

  it("refuses a loopback receiver that is not allow-listed, and a name that resolves to a private address, without connecting", async () => {
    server = await startTestServer((_request, response) => response.writeHead(200).end());
    expect(await postDelivery(delivery(`${server.origin}/hooks`), { allowHosts: [] })).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringMatching(/private network|standard web ports/),
    });
    const rebound = await postDelivery(delivery("http://hooks.example/x"), { allowHosts: [], lookup: async () => [{ address: "169.254.169.254", family: 4 }] });
    expect(rebound).toEqual({ ok: false, status: null, error: "Webhooks can't be sent to this address: it is on a private network." });
    expect(server.connections).toBe(0);
  });

  it("gives up after the time limit", async () => {
    server = await startTestServer(() => undefined);
    expect(await postDelivery(delivery(`${server.origin}/hooks`), { allowHosts: [server.hostPort], timeoutMs: 300 })).toEqual({
      ok: false,
      status: null,
      error: "No answer within 0.3 seconds.",
    });
  });
});
