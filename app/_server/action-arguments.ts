import { z } from "zod";
import type { FormState } from "../_components/form-state";

/*
 * The arguments of server actions. A page binds ids and versions into an action, but
 * anyone can POST any arguments (null, numbers, arrays, nested objects, Maps, huge strings)
 * to it, so every action checks all it reads against a tuple of these before using any,
 * and answers `malformedArguments` — a typed refusal, never a 500 — when they do not fit.
 * (The previous state `useActionState` passes first is never read, so it is not checked.)
 */

/** An id of a row, as bound into an action by a page. */
export const idArgument = z.string().min(1).max(64);

/** The version of a row the person saw. */
export const versionArgument = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The fields of a submitted form. */
export const formArgument = z.instanceof(FormData);

/** The answer to arguments that do not fit: nothing is read or written. Its message is a catalogue key that FormMessage writes out. */
export const malformedArguments = { status: "invalid", message: "Errors.malformedRequest" } as const satisfies FormState;

/** Whether the arguments fit the action's tuple: `if (!fits(Args, [a, b])) return malformedArguments`. */
export function fits(schema: z.ZodTuple, args: unknown[]): boolean {
  return schema.safeParse(args).success;
}
