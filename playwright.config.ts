import { defineConfig, devices } from "@playwright/test";
import { e2eEnvironment } from "./e2e/setup/environment.mjs";

// localhost, not 127.0.0.1: Auth.js redirects name localhost, and cookies are per host.
const baseURL = `http://localhost:${e2eEnvironment.PORT}`;

/**
 * The specs that must have the server to themselves: the security suite compares fingerprints of
 * the whole database around a request (another spec's write would read as the request's), the
 * capture, webhook and import specs serve their pages on fixed ports, and the drills and
 * servers start and kill processes of their own and time what they see. They are the project
 * `alone`, run one at a time after the others (e2e/setup/run-browser-tests.mjs).
 */
const alone = [
  "security/*.spec.ts",
  "captures.spec.ts",
  "captures-api.spec.ts",
  "webhooks.spec.ts",
  "import-sources.spec.ts",
  "drills.spec.ts",
  "servers/*.spec.ts",
].map((spec) => `**/e2e/${spec}`);
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  forbidOnly: true,
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  // Screenshot baselines are Chromium's whichever project runs them (both projects are Chromium).
  snapshotPathTemplate: "{testDir}/{testFilePath}-snapshots/{arg}-{platform}{ext}",
  projects: [
    // Every other spec makes its own people and data, so two run side by side (a file's tests in order).
    // Each pass keeps its own traces and screenshots (a run clears only its own project's folder).
    { name: "shared", use: chromium, testIgnore: alone, workers: 2, outputDir: "test-results/shared" },
    { name: "alone", use: chromium, testMatch: alone, workers: 1, outputDir: "test-results/alone" },
  ],
  webServer: {
    // Builds when the build is stale, then serves a fresh database: the same path as `npm start`.
    command: "node e2e/setup/serve.mjs",
    url: `${baseURL}/signin`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
