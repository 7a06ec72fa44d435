/**
 * Makes sure the programs the browser tests drive are on this machine: Debian's Chromium at
 * /usr/bin/chromium (or CHROMIUM_PATH), and `pdftotext` (poppler-utils) to read exported PDFs
 * back. Installs what is missing with apt-get when running as root; Playwright's own browser
 * download cannot work on machines without internet access, so it is never used.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasPdftotext = () => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const missing = [...(fs.existsSync(chromiumPath) ? [] : ["chromium"]), ...(hasPdftotext() ? [] : ["poppler-utils"])];

if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing: ${missing.join(", ")}. Install (Debian/Ubuntu: sudo apt-get install -y ${missing.join(" ")})${missing.includes("chromium") ? " or set CHROMIUM_PATH" : ""}.`,
    );
    process.exit(1);
  }
  console.log(`▸ Installing ${missing.join(" and ")} with apt-get (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
}
