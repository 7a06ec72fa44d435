import { z } from "zod";
import { roles } from "../roles";
import { optionalText } from "./fields";

export const passwordMinLength = 12;

export const email = z.string({ error: "emailRequired" }).trim().toLowerCase().min(1, "emailRequired").max(254, "emailTooLong").pipe(z.email("emailInvalid"));

export const password = z.string().min(passwordMinLength, "passwordTooShort").max(512, "passwordTooLong");

export const role = z.enum(roles, { error: "roleUnknown" });

export const CreateUserInput = z.object({
  email,
  name: optionalText(120, "name"),
  role,
  /** Omitted or blank: a password is generated and shown once. */
  password: z.preprocess((value) => (value === "" ? undefined : value), password.optional()),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const SignInInput = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(512),
});
export type SignInInput = z.infer<typeof SignInInput>;
