"use server";
import { signOut } from "@/app/(auth)/auth";

/** Ends the session; works for anyone, including an account disabled a moment ago. */
export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
