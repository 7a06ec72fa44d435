import { applyMigrations, openDatabase } from "./client";
import { installDatabase } from "./connection";
import { createUser } from "./queries/users";
import type { Role } from "@/lib/roles";
import type { Actor } from "@/lib/permissions";

/** For unit tests: a fresh in-memory database with the committed migrations applied. */
export function installTestDatabase() {
  const database = openDatabase(":memory:");
  applyMigrations(database);
  installDatabase(database);
  return database;
}

/** Creates an account with the given role and returns it as an acting user. */
export async function createTestActor(role: Role, email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.test`): Promise<Actor> {
  const { user } = await createUser({ operator: "command-line", input: { email, role, name: `Test ${role}`, password: "correct horse battery" } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
