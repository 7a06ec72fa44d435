import { beforeEach, describe, expect, it } from "vitest";
import { AppError, localizeAppError } from "@/lib/errors";
import { createTestActor, installTestDatabase } from "../test-database";
import { listEventsBySubject } from "./events";
import { createUser, getActorBySession, listUsers, resetUserPassword, setUserDisabled, setUserRole, verifyCredentials } from "./users";

beforeEach(async () => {
  await installTestDatabase();
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
    const [listed] = await listUsers({ operator: admin });
    expect(JSON.stringify(listed)).not.toMatch(/argon2/);
  });

  it("refuses a second account with the same email, at the email field", async () => {
    await createTestActor("reviewer", "dup@example.test");
    const refusal = await createTestActor("editor", "dup@example.test").catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "INVALID", message: "An account with this email already exists." });
    // The field names its message by key: English for the API, Spanish in a Spanish form.
    expect(localizeAppError(refusal as AppError, "en").fields).toEqual({ email: "An account with this email already exists." });
    expect(localizeAppError(refusal as AppError, "es").fields).toEqual({ email: "Ya existe una cuenta con este correo." });
  });

  it("ends existing sessions when an account is disabled, demoted or its password reset", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    const session = { userId: editor.id, sessionVersion: 1 };
    expect(await getActorBySession(session)).toMatchObject({ role: "editor" });

    await setUserRole({ operator: admin, userId: editor.id, role: "reviewer" });
    expect(await getActorBySession(session)).toBeNull();
    expect(await getActorBySession({ userId: editor.id, sessionVersion: 2 })).toMatchObject({ role: "reviewer" });

    await setUserDisabled({ operator: admin, userId: editor.id, disabled: true });
    expect(await getActorBySession({ userId: editor.id, sessionVersion: 3 })).toBeNull();
    expect(await verifyCredentials({ email: editor.email, password: "correct horse battery" })).toBeNull();

    await setUserDisabled({ operator: admin, userId: editor.id, disabled: false });
    const { password } = await resetUserPassword({ operator: admin, userId: editor.id });
    expect(await getActorBySession({ userId: editor.id, sessionVersion: 4 })).toBeNull();
    expect(await verifyCredentials({ email: editor.email, password })).toMatchObject({ sessionVersion: 5 });
  });

  it("lets only admins manage accounts, and never their own", async () => {
    const admin = await createTestActor("admin");
    const editor = await createTestActor("editor");
    await expect(setUserRole({ operator: editor, userId: admin.id, role: "reviewer" })).rejects.toThrowError(AppError);
    await expect(setUserDisabled({ operator: admin, userId: admin.id, disabled: true })).rejects.toThrowError(/your own account/);
    await expect(listUsers({ operator: editor })).rejects.toThrowError(/Only admins/);
  });

  it("records who changed a role, from what to what", async () => {
    const admin = await createTestActor("admin");
    const reviewer = await createTestActor("reviewer");
    await setUserRole({ operator: admin, userId: reviewer.id, role: "editor" });
    const [latest] = await listEventsBySubject({ subjectType: "user", subjectId: reviewer.id });
    expect(latest).toMatchObject({ actorId: admin.id, action: "user.role-changed", data: { role: ["reviewer", "editor"] } });
  });
});
