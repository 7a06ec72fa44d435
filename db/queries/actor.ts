import "server-only";
import { AppError } from "@/lib/errors";
import type { LocalizedMessage } from "@/lib/i18n/translator";
import type { Actor } from "@/lib/permissions";

/**
 * Who is acting: a signed-in user, or an operator at the command line on the server
 * (who already holds the database file and so is trusted like an admin).
 */
export type Operator = Actor | "command-line";

export function actorIdOf(operator: Operator): string | null {
  return operator === "command-line" ? null : operator.id;
}

/** Throws FORBIDDEN with `message` (English text, or a catalogue key for the person's language) unless `allowed` holds. */
export function assertAllowed(allowed: boolean, message: string | LocalizedMessage): void {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
