import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { createUser, getActorBySession, listUsers, resetUserPassword, setUserDisabled, setUserRole, verifyCredentials } from "./users";

beforeEach(() => {
  installTestDatabase();
});

describe("accounts", () => {
  it("stores an argon2id hash and signs in with the right password only", async () => {
    const { user, generatedPassword } = await createUser({ operator: "command-line", input: { email: "ana@example.test", role: "reviewer" } });
    expect(generatedPassword).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(await verifyCredentials({ email: "ANA@example.test ", password: generatedPassword! })).toMatchObject({ id: user.id });
    expect(await verifyCredentials({ email: "ana@example.test", password: "wrong password!" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: generatedPassword! })).toBeNull();
  });

  it("never returns password hashes in listings", async () => {
    const admin = await createTestActor("admin");
    const [listed] = listUsers({ operator: admin });
    expect(JSON.stringify(listed)).not.toMatch(/argon2/);
  });

  it("refuses a second account with the same email, at the email field", async () => {
    await createTestActor("reviewer", "dup@example.test");
    await expect(createTestActor("editor", "dup@example.test")).rejects.toMatchObject({
      code: "INVALID",
      fields: { email: expect.stringMatching(/already exists/) },
    });
  });

  it("ends existing sessions when an account is disabled, demoted or its password reset", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    const session = { userId: editor.id, sessionVersion: 1 };
    expect(getActorBySession(session)).toMatchObject({ role: "editor" });

    setUserRole({ operator: admin, userId: editor.id, role: "reviewer" });
    expect(getActorBySession(session)).toBeNull();
    expect(getActorBySession({ userId: editor.id, sessionVersion: 2 })).toMatchObject({ role: "reviewer" });

    setUserDisabled({ operator: admin, userId: editor.id, disabled: true });
    expect(getActorBySession({ userId: editor.id, sessionVersion: 3 })).toBeNull();
    expect(await verifyCredentials({ email: editor.email, password: "correct horse battery" })).toBeNull();

    setUserDisabled({ operator: admin, userId: editor.id, disabled: false });
    const { password } = await resetUserPassword({ operator: admin, userId: editor.id });
    expect(getActorBySession({ userId: editor.id, sessionVersion: 4 })).toBeNull();
    expect(await verifyCredentials({ email: editor.email, password })).toMatchObject({ sessionVersion: 5 });
  });

  it("lets only admins manage accounts, and never their own", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    expect(() => setUserRole({ operator: editor, userId: admin.id, role: "reviewer" })).toThrowError(AppError);
    expect(() => setUserDisabled({ operator: admin, userId: admin.id, disabled: true })).toThrowError(/your own account/);
    expect(() => listUsers({ operator: editor })).toThrowError(/Only admins/);
  });

  it("records who changed a role, from what to what", async () => {
    const admin = await createTestActor("admin");
    const reviewer = await createTestActor("reviewer");
    setUserRole({ operator: admin, userId: reviewer.id, role: "editor" });
    const [latest] = listEventsBySubject({ subjectType: "user", subjectId: reviewer.id });
    expect(latest).toMatchObject({ actorId: admin.id, action: "user.role-changed", data: { role: ["reviewer", "editor"] } });
  });
});
