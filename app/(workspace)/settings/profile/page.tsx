import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { isLocale } from "@/lib/i18n/locales";
import { fromAcceptLanguage } from "@/lib/i18n/negotiate";
import { ProfileForm } from "./profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("profileTitle") };
}

export default async function ProfilePage() {
  const actor = await requireActor();
  const t = await getTranslations("Settings");
  const browserLocale = fromAcceptLanguage((await headers()).get("accept-language") ?? "") ?? "en";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("profileTitle")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">{t("profileIntro")}</p>
      </div>
      <ProfileForm locale={isLocale(actor.locale) ? actor.locale : "browser"} browserLocale={browserLocale} />
    </div>
  );
}
