import path from "node:path";

const port = process.env.E2E_PORT || "3100";
/** The webhook tests' receiver (e2e/webhooks.spec.ts): beside the server's own port, so engineers' runs do not collide. */
export const webhookReceiverPort = Number(port) + 1000;
/** The capture test site (e2e/capture-site) the capture specs serve pages from, allow-listed below. */
export const captureSitePort = Number(port) + 1100;

/** Settings shared by the e2e server and the tests (which run the users CLI against the same data). */
export const e2eEnvironment = {
  PORT: port,
  DATA_DIR: path.resolve(".e2e-data"),
  ADMIN_EMAIL: "admin@e2e.test",
  ADMIN_PASSWORD: "e2e admin password 1",
  AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  // The browser tests run on SQLite; e2e/postgres/ starts its own PostgreSQL servers.
  DATABASE_URL: "",
  // The URL-import tests serve pages from this local address, the webhook tests receive
  // deliveries on the second one, the capture tests serve pages from the third; all are otherwise refused.
  IMPORT_ALLOW_HOSTS: `127.0.0.1:3199,127.0.0.1:${webhookReceiverPort},127.0.0.1:${captureSitePort}`,
  // A capture gives up on a page that never finishes after 10 s instead of 30 s (e2e/captures.spec.ts waits for it).
  CAPTURE_TIMEOUT_MS: "10000",
  // A failed webhook delivery is retried after 1–2 s instead of 15–30 s, so the retry test is quick.
  WEBHOOK_FIRST_RETRY_SECONDS: "2",
  // Security events of the server and the users CLI, read back by e2e/security/security-log.spec.ts.
  SECURITY_LOG: path.resolve(".e2e-data/security.log"),
};

export const importTestServerPort = 3199;
