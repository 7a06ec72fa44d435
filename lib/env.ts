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
});

const parsed = EnvInput.parse(process.env);

export const env = {
  ...parsed,
  dataDir: path.resolve(parsed.DATA_DIR),
  databasePath: path.resolve(parsed.DATA_DIR, "corroborate.db"),
  importAllowHosts: parsed.IMPORT_ALLOW_HOSTS.split(",").map((host) => host.trim()).filter(Boolean),
};
