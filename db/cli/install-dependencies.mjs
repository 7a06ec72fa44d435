#!/usr/bin/env node
/**
 * Installs the dependencies when node_modules is missing or older than package-lock.json
 * (`npm ci`; `npm install` when there is no lock). `npm start` and `npm test` run it first,
 * so either works on a bare clone. Plain JavaScript with no dependencies, because it runs
 * before they are installed. Exits with npm's status when the install fails.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when `root`'s node_modules is missing or was installed before its lock file last changed. */
export function needsInstall(root = defaultRoot) {
  const installed = mtime(path.join(root, "node_modules", ".package-lock.json"));
  return !installed || installed < mtime(path.join(root, "package-lock.json"));
}

export function installDependencies(root = defaultRoot) {
  if (!needsInstall(root)) return;
  console.log("▸ Installing dependencies (the first time takes a few minutes: better-sqlite3 compiles)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const args = fs.existsSync(path.join(root, "package-lock.json")) ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"];
  const result = spawnSync(npm, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    console.error(`\n✖ ${npm} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) installDependencies();
