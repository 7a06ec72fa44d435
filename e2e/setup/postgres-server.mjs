/**
 * A throw-away PostgreSQL server for the tests: installs Debian's `postgresql` package when
 * it is missing (as root, like Chromium), then runs `initdb` and `pg_ctl` as the `postgres`
 * user (the server refuses to run as root) in a temporary folder, on a free loopback port,
 * with a login role and a database for the app. `stop()` shuts it down and removes the folder.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const binaries = () => {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => Number(name) >= 15)
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? path.join(root, versions[0], "bin") : null;
};

function ensureInstalled() {
  if (binaries()) return binaries();
  if (process.getuid?.() !== 0) throw new Error("PostgreSQL 15 or later is missing. Install it (Debian/Ubuntu: sudo apt-get install -y postgresql).");
  console.log("▸ Installing PostgreSQL with apt-get (once per machine)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env });
  // The package starts a cluster of its own on port 5432; the tests do not use it.
  return binaries();
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server; returns the app's connection string, an admin one, and `stop`. */
export async function startPostgres({ database = "corroborate" } = {}) {
  const bin = ensureInstalled();
  const port = await freePort();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-pg-"));
  fs.chmodSync(folder, 0o755);
  const asPostgres = (program, args, options = {}) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], { stdio: ["ignore", "pipe", "pipe"], ...options });
  const dataDir = path.join(folder, "data");
  execFileSync("chown", ["postgres", folder]);
  asPostgres("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  asPostgres("pg_ctl", ["-D", dataDir, "-l", path.join(folder, "log"), "-w", "-o", serverOptions, "start"]);
  const psql = (...commands) =>
    asPostgres("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", ...commands.flatMap((c) => ["-c", c])]);
  psql("create role app login createdb password 'app'", `create database ${database} owner app`);
  return {
    port,
    url: `postgres://app:app@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    /** Stops the server (`mode`: fast, or immediate to simulate a crash) and, unless `keep`, removes its folder. */
    stop({ mode = "fast", keep = false } = {}) {
      try {
        asPostgres("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);
      } finally {
        if (!keep) fs.rmSync(folder, { recursive: true, force: true });
      }
    },
    /** Starts it again after `stop({ keep: true })`. */
    restart() {
      asPostgres("pg_ctl", ["-D", dataDir, "-l", path.join(folder, "log"), "-w", "-o", serverOptions, "start"]);
    },
  };
}
