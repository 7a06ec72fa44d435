import path from "node:path";
import { z } from "zod";

/**
 * The environment, parsed once. Without `DATABASE_URL` the workspace lives in SQLite in
 * `DATA_DIR`; everything else has a working default so the app runs with no setup.
 */
const EnvInput = z.object({
  DATA_DIR: z.string().min(1).default("./data"),
  /** `postgres://user:password@host:5432/dbname[?sslmode=require]`: run on PostgreSQL instead of SQLite. */
  DATABASE_URL: z
    .string()
    .optional()
    .refine((url) => !url || /^postgres(ql)?:\/\//.test(url), "DATABASE_URL must start with postgres:// or postgresql://"),
  /** Server processes `npm start` runs on this machine (they share the port); see db/cli/start.mjs. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Connections each server process keeps to PostgreSQL; requests beyond them wait in a queue. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Hosts (optionally host:port) that URL import may fetch although they are private, e.g. an intranet mirror. */
  IMPORT_ALLOW_HOSTS: z.string().default(""),
  /** Seconds before a failed webhook delivery is first tried again; later waits grow fourfold (lib/webhooks/retry-schedule.ts). */
  WEBHOOK_FIRST_RETRY_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  /** How long one capture of a web page may take, in milliseconds (lib/capture). */
  CAPTURE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** The most a capture may download (the page and every resource it loads), in bytes. */
  CAPTURE_MAX_BYTES: z.coerce.number().int().min(1_024).max(1_073_741_824).default(26_214_400),
  /** How many captures each server process makes at once (db/capture-worker.ts). */
  CAPTURE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: the app is
   * reached directly). Decides which address sign-in throttling counts; see lib/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** The address people open (`npm start` sets it; db/cli/public-address.mjs): where exports link back to claims. */
  AUTH_URL: z.string().optional(),
  /** The Chromium that prints PDF exports. */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  /** The file security events are appended to; standard error when unset. */
  SECURITY_LOG: z.string().optional(),
});

const parsed = EnvInput.parse(process.env);

export const env = {
  ...parsed,
  dataDir: path.resolve(parsed.DATA_DIR),
  databasePath: path.resolve(parsed.DATA_DIR, "corroborate.db"),
  /** The PostgreSQL connection string, or null for SQLite in `DATA_DIR`. */
  databaseUrl: parsed.DATABASE_URL || null,
  databasePoolSize: parsed.DATABASE_POOL_SIZE,
  workerCount: parsed.WORKERS,
  trustedProxyHops: parsed.TRUSTED_PROXY_HOPS,
  importAllowHosts: parsed.IMPORT_ALLOW_HOSTS.split(",")
    .map((host) => host.trim())
    .filter(Boolean),
  /** AUTH_URL without a trailing slash, or null when the server was not given one. */
  webhookFirstRetryMs: parsed.WEBHOOK_FIRST_RETRY_SECONDS * 1000,
  workspaceUrl: parsed.AUTH_URL?.replace(/\/+$/, "") || null,
  chromiumPath: parsed.CHROMIUM_PATH,
  captureTimeoutMs: parsed.CAPTURE_TIMEOUT_MS,
  captureMaxBytes: parsed.CAPTURE_MAX_BYTES,
  captureConcurrency: parsed.CAPTURE_CONCURRENCY,
  securityLogFile: parsed.SECURITY_LOG || null,
};
