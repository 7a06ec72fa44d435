"use server";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, malformedArguments } from "@/app/_server/action-arguments";
import { signIn, SignInThrottled } from "@/app/(auth)/auth";
import type { FormState } from "@/app/_components/form-state";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { describeWait } from "@/lib/sign-in-throttle";
import { SignInInput } from "@/lib/validation/user";

/**
 * Signs in with email and password. A wrong password, an unknown email and a disabled
 * account get the same message, so the form does not reveal which accounts exist. Too many
 * failures (per account or per address, lib/sign-in-throttle.ts) get a message that says
 * how long to wait — the same for unknown emails as for real ones.
 */
const SignInArgs = z.tuple([formArgument]);
const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!fits(SignInArgs, [formData])) return malformedArguments;
  const email = textOf(formData.get("email"));
  const password = textOf(formData.get("password"));
  const values = { email };
  const t = await getTranslations("Auth");
  const noMatch = t("noMatch");
  if (!email.trim() || !password) {
    return {
      status: "invalid",
      values,
      fieldErrors: { ...(email.trim() ? {} : { email: t("emailRequired") }), ...(password ? {} : { password: t("passwordRequired") }) },
    };
  }
  // What Auth.js's `authorize` would refuse (a malformed or oversized email or password) is refused here, with the same answer.
  if (!SignInInput.safeParse({ email, password }).success) return { status: "error", values, message: noMatch };
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
    return { status: "saved" };
  } catch (error) {
    // On success signIn throws Next's redirect, which must propagate.
    if (error instanceof SignInThrottled) {
      return { status: "error", values, message: t("throttled", { wait: describeWait(error.retryAfterSeconds, await getLocale()) }) };
    }
    if (error instanceof AuthError) {
      return { status: "error", values, message: noMatch };
    }
    throw error;
  }
}
