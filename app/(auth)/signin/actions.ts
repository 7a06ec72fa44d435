"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/app/(auth)/auth";
import type { FormState } from "@/app/_server/form-state";
import { safeRedirectPath } from "@/lib/safe-redirect";

/**
 * Signs in with email and password. A wrong password, an unknown email and a disabled
 * account get the same message, so the form does not reveal which accounts exist.
 */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const values = { email };
  if (!email.trim() || !password) {
    return {
      status: "invalid",
      values,
      fieldErrors: { ...(email.trim() ? {} : { email: "Enter your email address." }), ...(password ? {} : { password: "Enter your password." }) },
    };
  }
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
    return { status: "saved" };
  } catch (error) {
    // On success signIn throws Next's redirect, which must propagate.
    if (error instanceof AuthError) {
      return { status: "error", values, message: "That email and password do not match an active account." };
    }
    throw error;
  }
}
