import { beforeAll, describe, expect, it } from "vitest";
import { installTestDatabase, createTestActor } from "../test-database";
import type { Actor } from "@/lib/permissions";
import { createApiToken, getActorByApiToken, listApiTokensOfPeople, revokeApiTokensOfPerson } from "./api-tokens";
import { resetUserPassword, setUserDisabled, setUserRole } from "./users";

let admin: Actor;
beforeAll(async () => {
  installTestDatabase();
  admin = await createTestActor("admin");
});

describe("a person's API tokens end with the password or the account", () => {
  it("a password reset revokes every token of the account, and says how many", async () => {
    const person = await createTestActor("editor");
    const tokens = [createApiToken({ actor: person, name: "CMS" }).token, createApiToken({ actor: person, name: "Script" }).token];
    const { revokedTokenCount } = await resetUserPassword({ operator: admin, userId: person.id });
    expect(revokedTokenCount).toBe(2);
    expect(tokens.map(getActorByApiToken)).toEqual([null, null]);
  });

  it("disabling revokes them for good: enabling the account again does not bring them back", async () => {
    const person = await createTestActor("reviewer");
    const { token } = createApiToken({ actor: person, name: "CMS" });
    expect(setUserDisabled({ operator: admin, userId: person.id, disabled: true }).revokedTokenCount).toBe(1);
    setUserDisabled({ operator: "command-line", userId: person.id, disabled: false });
    expect(getActorByApiToken(token)).toBeNull();
  });

  it("a role change keeps the tokens, which act with the new role", async () => {
    const person = await createTestActor("editor");
    const { token } = createApiToken({ actor: person, name: "CMS" });
    expect(setUserRole({ operator: admin, userId: person.id, role: "reviewer" }).revokedTokenCount).toBe(0);
    expect(getActorByApiToken(token)?.role).toBe("reviewer");
  });
});

describe("an admin manages another person's tokens", () => {
  it("lists them without the token or its hash, and revokes one or all", async () => {
    const person = await createTestActor("reviewer");
    const first = createApiToken({ actor: person, name: "First" });
    const second = createApiToken({ actor: person, name: "Second" });
    const third = createApiToken({ actor: person, name: "Third" });
    const listed = listApiTokensOfPeople({ operator: admin }).get(person.id)!;
    expect(listed.map((token) => token.name).sort()).toEqual(["First", "Second", "Third"]);
    expect(JSON.stringify(listed)).not.toContain(first.token.slice(4, 10));
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "id", "isRevoked", "lastUsedAt", "name"]);

    expect(revokeApiTokensOfPerson({ operator: admin, userId: person.id, tokenId: first.summary.id })).toBe(1);
    expect([first, second, third].map(({ token }) => getActorByApiToken(token) !== null)).toEqual([false, true, true]);
    expect(revokeApiTokensOfPerson({ operator: admin, userId: person.id })).toBe(2);
    expect([second, third].map(({ token }) => getActorByApiToken(token))).toEqual([null, null]);
  });

  it("refuses anyone but an admin, an admin's own tokens, and a token named under another person", async () => {
    const person = await createTestActor("reviewer");
    const other = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const { summary, token } = createApiToken({ actor: person, name: "CMS" });
    expect(() => revokeApiTokensOfPerson({ operator: editor, userId: person.id })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => listApiTokensOfPeople({ operator: editor })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => revokeApiTokensOfPerson({ operator: admin, userId: admin.id })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => revokeApiTokensOfPerson({ operator: admin, userId: other.id, tokenId: summary.id })).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(getActorByApiToken(token)).not.toBeNull();
  });
});
