#!/usr/bin/env node
/**
 * `npm start`: from a fresh clone to a running workspace, with no other step.
 *   1. installs dependencies when node_modules is missing or older than package-lock.json
 *      (db/cli/install-dependencies.mjs, which `npm test` runs first too);
 *   2. builds when the production build is missing or its inputs changed (content hash);
 *   3. makes the data folder (DATA_DIR, default ./data) and, on SQLite, the auth secret in it;
 *   4. applies migrations, creates the first admin, seeds the demo (db/cli/prepare.ts); on
 *      PostgreSQL (DATABASE_URL) the auth secret lives in the database, shared by every server;
 *   5. serves on PORT (default 3000) and HOST (default: every interface) with WORKERS
 *      processes (default 1) sharing the port, with the client's address taken from the
 *      connection (db/cli/trusted-client-address.mjs).
 * Plain JavaScript with no dependencies, because it runs before they are installed.
 */
import { spawnSync, spawn } from "node:child_process";
import cluster from "node:cluster";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installDependencies } from "./install-dependencies.mjs";
import { typescriptCli } from "./typescript-cli.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
process.chdir(root);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const buildInputs = [
  "app",
  "db",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
];
const buildStamp = path.join(".next", "corroborate-build-inputs");

/** A hash of every file the production build depends on (tests and migrations excluded). */
function hashBuildInputs() {
  const hash = createHash("sha256");
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else if (!/\.test\.tsx?$/.test(entry)) {
      hash.update(entry).update("\0").update(fs.readFileSync(entry)).update("\0");
    }
  };
  buildInputs.forEach(visit);
  return hash.digest("hex");
}

function ensureBuild() {
  const inputs = hashBuildInputs();
  const isCurrent = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(buildStamp) && fs.readFileSync(buildStamp, "utf8") === inputs;
  if (isCurrent) return;
  console.log("▸ Building the app (about a minute)…");
  run(npm, ["run", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(buildStamp, inputs);
}

/** AUTH_SECRET from the environment, else (SQLite) one generated once and kept owner-only in the data folder. */
function loadAuthSecret(dataDir) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) return undefined; // prepare.ts reads it from the database
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}

installDependencies(root);
ensureBuild();

const dataDir = path.resolve(process.env.DATA_DIR || "data");
fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
const port = process.env.PORT || "3000";
const boundHost = process.env.HOST && !["0.0.0.0", "::"].includes(process.env.HOST) ? process.env.HOST : "localhost";
const publicHost = boundHost.includes(":") ? `[${boundHost}]` : boundHost; // an IPv6 address goes in brackets
const { publicAddressOf } = await import("./public-address.mjs"); // after ensureDependencies: it uses @next/env
let publicAddress;
try {
  publicAddress = publicAddressOf({ env: process.env, dir: root, host: publicHost, port });
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(2);
}
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  AUTH_SECRET: loadAuthSecret(dataDir),
  // The workspace's own address, so that no request header (Host, X-Forwarded-Host or
  // X-Forwarded-Proto) decides where sign-in and sign-out redirect or where exports link.
  // Behind a reverse proxy, set AUTH_URL to the address people open (db/cli/public-address.mjs).
  AUTH_URL: publicAddress,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
};

/** Runs prepare.ts; on PostgreSQL it sends back the auth secret kept in the database. */
async function prepare() {
  const child = spawn(process.execPath, [...typescriptCli, "db/cli/prepare.ts"], { stdio: ["inherit", "inherit", "inherit", "ipc"], env });
  let authSecret;
  child.on("message", (message) => (authSecret = message?.authSecret ?? authSecret));
  const [code, signal] = await new Promise((resolve) => child.on("exit", (...outcome) => resolve(outcome)));
  if (code !== 0) process.exit(code ?? (signal ? 1 : 0));
  return authSecret;
}
const secretFromDatabase = await prepare();
env.AUTH_SECRET ??= secretFromDatabase;
if (!env.AUTH_SECRET) {
  console.error("✖ The auth secret could not be read from the database.");
  process.exit(1);
}

const hostArgs = process.env.HOST ? ["-H", process.env.HOST] : [];
console.log(`▸ Corroborate is starting on http://${publicHost}:${port}`);
// The preload stamps X-Forwarded-For from the connection, so sign-in throttling counts real addresses.
const preload = ["--import", pathToFileURL(path.join(root, "db", "cli", "stamp-client-address.mjs")).href];
const workers = Number(process.env.WORKERS || 1);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
  console.error(`✖ WORKERS must be a whole number from 1 to 64 (got "${process.env.WORKERS}").`);
  process.exit(2);
}
const nextArgs = ["start", "-p", port, ...hostArgs];
if (workers === 1) {
  const server = spawn(process.execPath, [...preload, "node_modules/next/dist/bin/next", ...nextArgs], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // Node's cluster: the workers' servers share the port, and connections are spread over them.
  // A worker that dies is replaced; the primary stops them all on SIGINT/SIGTERM.
  cluster.setupPrimary({ exec: "node_modules/next/dist/bin/next", args: nextArgs, execArgv: preload });
  let stopping = false;
  const fork = () => cluster.fork({ ...env, WORKERS: String(workers) });
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another.`);
    setTimeout(fork, 1000);
  });
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
}
