import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";

/**
 * Who is acting: a signed-in user, or an operator at the command line on the server
 * (who already holds the database file and so is trusted like an admin).
 */
export type Operator = Actor | "command-line";

export function actorIdOf(operator: Operator): string | null {
  return operator === "command-line" ? null : operator.id;
}

/** Throws FORBIDDEN with `message` unless `allowed` holds. */
export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
