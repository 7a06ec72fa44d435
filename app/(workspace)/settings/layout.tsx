import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { canManagePeople } from "@/lib/permissions";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("Settings");
  const links = [
    { href: "/settings/profile", label: t("profile") },
    { href: "/settings/tokens", label: t("apiTokens") },
    ...(canManagePeople(actor)
      ? [
          { href: "/settings/people", label: t("people") },
          { href: "/settings/organisation", label: t("organisation") },
        ]
      : []),
  ];
  return (
    <div className="grid gap-8 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label={t("navigation")} className="flex gap-1 md:flex-col">
        <p className="mb-2 hidden text-xs font-semibold uppercase tracking-wide text-stone-500 md:block">{t("heading")}</p>
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-md px-3 py-2 text-sm text-stone-700 hover:bg-stone-200/60">
            {link.label}
          </Link>
        ))}
      </nav>
      <div>{children}</div>
    </div>
  );
}
