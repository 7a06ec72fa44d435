import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publicAddressOf } from "./public-address.mjs";

/** The address `npm start` gives the app as AUTH_URL, from the environment or the `.env` files. */
const dirs: string[] = [];
function projectWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "public-address-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const saved = { AUTH_URL: process.env.AUTH_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
afterEach(() => {
  dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  Object.assign(process.env, saved);
  for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
});
const addressOf = (env: Record<string, string>, files: Record<string, string> = {}) =>
  publicAddressOf({ env, dir: projectWith(files), host: "localhost", port: "3000" });

describe("the address sign-in and sign-out redirect to", () => {
  it("is AUTH_URL from the environment, else NEXTAUTH_URL, else localhost and the port", () => {
    expect(addressOf({ AUTH_URL: "https://desk.example" })).toBe("https://desk.example");
    expect(addressOf({ NEXTAUTH_URL: "https://desk.example:8443/" })).toBe("https://desk.example:8443");
    expect(addressOf({})).toBe("http://localhost:3000");
  });

  it("is read from .env and .env.production as `next start` would, instead of being shadowed by the default", () => {
    expect(addressOf({}, { ".env": "AUTH_URL=https://from-dotenv.example\n" })).toBe("https://from-dotenv.example");
    expect(addressOf({}, { ".env.production": "NEXTAUTH_URL=https://from-production.example\n" })).toBe("https://from-production.example");
    expect(addressOf({ AUTH_URL: "https://from-environment.example" }, { ".env": "AUTH_URL=https://from-dotenv.example\n" })).toBe(
      "https://from-environment.example",
    );
  });

  it("keeps only the origin of Auth.js's documented form, and refuses a path, another scheme or garbage with what to set", () => {
    expect(addressOf({ AUTH_URL: "https://desk.example/api/auth" })).toBe("https://desk.example");
    expect(() => addressOf({ AUTH_URL: "https://desk.example/corroborate" })).toThrow("Set it to https://desk.example.");
    expect(() => addressOf({ AUTH_URL: "ftp://desk.example" })).toThrow("must start with http:// or https://");
    expect(() => addressOf({ AUTH_URL: "desk.example" })).toThrow("is not an address");
  });
});
