import { z } from "zod";
import { roles } from "../roles";
import { optionalText } from "./fields";

export const passwordMinLength = 12;

export const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@newsroom.org."));

export const password = z.string().min(passwordMinLength, `Use at least ${passwordMinLength} characters.`).max(512, "Use at most 512 characters.");

export const role = z.enum(roles, { error: "Choose a role: reviewer, editor or admin." });

export const CreateUserInput = z.object({
  email,
  name: optionalText(120, "The name"),
  role,
  /** Omitted or blank: a password is generated and shown once. */
  password: z.preprocess((value) => (value === "" ? undefined : value), password.optional()),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const SignInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(512),
});
export type SignInInput = z.infer<typeof SignInInput>;
