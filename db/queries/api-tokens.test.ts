import { beforeAll, describe, expect, it } from "vitest";
import { installTestDatabase, createTestActor } from "../test-database";
import type { Actor } from "@/lib/permissions";
import { createApiToken, getActorByApiToken, listApiTokensOfPeople, revokeApiTokensOfPerson } from "./api-tokens";
import { resetUserPassword, setUserDisabled, setUserRole } from "./users";

let admin: Actor;
beforeAll(async () => {
  await installTestDatabase();
  admin = await createTestActor("admin");
});

describe("a person's API tokens end with the password or the account", () => {
  it("a password reset revokes every token of the account, and says how many", async () => {
    const person = await createTestActor("editor");
    const tokens = [(await createApiToken({ actor: person, name: "CMS" })).token, (await createApiToken({ actor: person, name: "Script" })).token];
    const { revokedTokenCount } = await resetUserPassword({ operator: admin, userId: person.id });
    expect(revokedTokenCount).toBe(2);
    expect(await Promise.all(tokens.map(getActorByApiToken))).toEqual([null, null]);
  });

  it("disabling revokes them for good: enabling the account again does not bring them back", async () => {
    const person = await createTestActor("reviewer");
    const { token } = await createApiToken({ actor: person, name: "CMS" });
    expect((await setUserDisabled({ operator: admin, userId: person.id, disabled: true })).revokedTokenCount).toBe(1);
    await setUserDisabled({ operator: "command-line", userId: person.id, disabled: false });
    expect(await getActorByApiToken(token)).toBeNull();
  });

  it("a role change keeps the tokens, which act with the new role", async () => {
    const person = await createTestActor("editor");
    const { token } = await createApiToken({ actor: person, name: "CMS" });
    expect((await setUserRole({ operator: admin, userId: person.id, role: "reviewer" })).revokedTokenCount).toBe(0);
    expect((await getActorByApiToken(token))?.role).toBe("reviewer");
  });
});

describe("an admin manages another person's tokens", () => {
  it("lists them without the token or its hash, and revokes one or all", async () => {
    const person = await createTestActor("reviewer");
    const first = await createApiToken({ actor: person, name: "First" });
    const second = await createApiToken({ actor: person, name: "Second" });
    const third = await createApiToken({ actor: person, name: "Third" });
    const listed = (await listApiTokensOfPeople({ operator: admin })).get(person.id)!;
    expect(listed.map((token) => token.name).sort()).toEqual(["First", "Second", "Third"]);
    expect(JSON.stringify(listed)).not.toContain(first.token.slice(4, 10));
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "id", "isRevoked", "lastUsedAt", "name"]);

    expect(await revokeApiTokensOfPerson({ operator: admin, userId: person.id, tokenId: first.summary.id })).toBe(1);
    expect(await Promise.all([first, second, third].map(async ({ token }) => (await getActorByApiToken(token)) !== null))).toEqual([false, true, true]);
    expect(await revokeApiTokensOfPerson({ operator: admin, userId: person.id })).toBe(2);
    expect(await Promise.all([second, third].map(({ token }) => getActorByApiToken(token)))).toEqual([null, null]);
  });

  it("refuses anyone but an admin, an admin's own tokens, and a token named under another person", async () => {
    const person = await createTestActor("reviewer");
    const other = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const { summary, token } = await createApiToken({ actor: person, name: "CMS" });
    await expect(revokeApiTokensOfPerson({ operator: editor, userId: person.id })).rejects.toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    await expect(listApiTokensOfPeople({ operator: editor })).rejects.toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    await expect(revokeApiTokensOfPerson({ operator: admin, userId: admin.id })).rejects.toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    await expect(revokeApiTokensOfPerson({ operator: admin, userId: other.id, tokenId: summary.id })).rejects.toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(await getActorByApiToken(token)).not.toBeNull();
  });
});
