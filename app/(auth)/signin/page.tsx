import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/app/_server/current-actor";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { LanguageSwitch } from "./language-switch";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("pageTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; ended?: string }> }) {
  const { callbackUrl, ended } = await searchParams;
  if (await getActor()) redirect(safeRedirectPath(callbackUrl));
  const [t, common] = await Promise.all([getTranslations("Auth"), getTranslations("Common")]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="font-serif text-3xl font-semibold tracking-tight text-accent-800">{common("appName")}</p>
          <p className="mt-2 text-sm text-stone-600">{common("tagline")}</p>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{t("heading")}</h1>
          {ended ? (
            <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("sessionEnded")}
            </p>
          ) : null}
          <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
        </div>
        <p className="mt-6 text-center text-xs text-stone-500">{t("accountsByAdmin")}</p>
        <LanguageSwitch />
      </div>
    </main>
  );
}
