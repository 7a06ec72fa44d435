import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";
import { password } from "./validation/user";

/** Plan T08: long, non-ASCII and odd passwords are neither truncated nor mangled. */
describe("passwords", () => {
  it("count every character of a long password: one changed after the 72nd byte is wrong", async () => {
    const long = `${"correct horse battery staple ".repeat(4)}tail`; // 120 characters
    const hashed = await hashPassword(long);
    expect(await verifyPassword(hashed, long)).toBe(true);
    expect(await verifyPassword(hashed, `${long.slice(0, -1)}X`)).toBe(false);
    expect(await verifyPassword(hashed, long.slice(0, 72))).toBe(false);
  });

  it("take emoji, accents and a NUL as they are", async () => {
    for (const [right, wrong] of [
      ["pässwörd 🔐🗝️ ünïcode", "passwoord 🔐🗝️ unicode"],
      ["before\u0000after secret", "before"],
    ]) {
      const hashed = await hashPassword(right!);
      expect(await verifyPassword(hashed, right!)).toBe(true);
      expect(await verifyPassword(hashed, wrong!)).toBe(false);
    }
  });

  it("never throw on a malformed hash", async () => {
    expect(await verifyPassword("not a hash", "whatever password")).toBe(false);
  });

  it("accept 12 to 512 characters when chosen, so a long passphrase is welcome", () => {
    expect(password.safeParse("a".repeat(11)).success).toBe(false);
    expect(password.safeParse("a".repeat(12)).success).toBe(true);
    expect(password.safeParse("🔐".repeat(100)).success).toBe(true);
    expect(password.safeParse("a".repeat(513)).success).toBe(false);
  });
});
