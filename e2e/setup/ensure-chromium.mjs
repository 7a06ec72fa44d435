/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium (or CHROMIUM_PATH) before the
 * browser tests. Installs it with apt-get when missing and running as root; Playwright's
 * own browser download cannot work on machines without internet access, so it is never used.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!fs.existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromiumPath}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log("▸ Installing Chromium with apt-get (once per machine)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}
