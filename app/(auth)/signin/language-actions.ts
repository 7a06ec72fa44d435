"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { fits, formArgument, malformedArguments } from "@/app/_server/action-arguments";
import type { FormState } from "@/app/_components/form-state";
import { isLocale } from "@/lib/i18n/locales";

const ChooseLanguageArgs = z.tuple([formArgument]);

/**
 * The sign-in page's language switch: needs no session (nothing is read or written but the
 * visitor's own cookie) and accepts only a language the interface speaks. The page re-renders
 * in it.
 */
export async function chooseLanguageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!fits(ChooseLanguageArgs, [formData])) return malformedArguments;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return { status: "invalid", message: "Validation.localeUnknown" };
  (await cookies()).set("locale", locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  return { status: "saved" };
}
