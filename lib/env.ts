import path from "node:path";
import { z } from "zod";

/**
 * The environment, parsed once. `DATA_DIR` holds the SQLite file and the generated
 * auth secret; everything else has a working default so the app runs with no setup.
 */
const EnvInput = z.object({
  DATA_DIR: z.string().min(1).default("./data"),
  /** Hosts (optionally host:port) that URL import may fetch although they are private, e.g. an intranet mirror. */
  IMPORT_ALLOW_HOSTS: z.string().default(""),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: the app is
   * reached directly). Decides which address sign-in throttling counts; see lib/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

const parsed = EnvInput.parse(process.env);

export const env = {
  ...parsed,
  dataDir: path.resolve(parsed.DATA_DIR),
  databasePath: path.resolve(parsed.DATA_DIR, "corroborate.db"),
  trustedProxyHops: parsed.TRUSTED_PROXY_HOPS,
  importAllowHosts: parsed.IMPORT_ALLOW_HOSTS.split(",").map((host) => host.trim()).filter(Boolean),
};
