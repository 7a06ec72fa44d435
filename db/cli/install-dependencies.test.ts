import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { needsInstall } from "./install-dependencies.mjs";

function checkout({ lockAt, installedAt }: { lockAt: number; installedAt: number | null }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "install-"));
  fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
  fs.utimesSync(path.join(root, "package-lock.json"), lockAt, lockAt);
  if (installedAt !== null) {
    fs.mkdirSync(path.join(root, "node_modules"));
    fs.writeFileSync(path.join(root, "node_modules", ".package-lock.json"), "{}");
    fs.utimesSync(path.join(root, "node_modules", ".package-lock.json"), installedAt, installedAt);
  }
  return root;
}

describe("needsInstall (the first step of npm start and npm test)", () => {
  it("installs on a bare clone, where node_modules is missing", () => {
    expect(needsInstall(checkout({ lockAt: 1_000, installedAt: null }))).toBe(true);
  });

  it("installs again when the lock file changed after the last install (a pull that added a dependency)", () => {
    expect(needsInstall(checkout({ lockAt: 2_000, installedAt: 1_000 }))).toBe(true);
  });

  it("does nothing when the install is newer than the lock file", () => {
    expect(needsInstall(checkout({ lockAt: 1_000, installedAt: 2_000 }))).toBe(false);
  });
});
