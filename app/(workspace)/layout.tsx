import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/current-actor";
import { signOutAction } from "@/app/(auth)/sign-out-actions";
import { HeaderSearch } from "./_components/header-search";
import { NotificationBell } from "./_components/notification-bell";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, common, auth] = await Promise.all([getTranslations("Workspace"), getTranslations("Common"), getTranslations("Auth")]);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-accent-800">
            {common("appName")}
          </Link>
          <nav aria-label={t("mainNavigation")} className="flex items-center gap-1 text-sm">
            <Link href="/" className="rounded-md px-2.5 py-1.5 text-stone-700 hover:bg-stone-100">
              {t("myWork")}
            </Link>
            <Link href="/investigations" className="rounded-md px-2.5 py-1.5 text-stone-700 hover:bg-stone-100">
              {t("investigations")}
            </Link>
            <Link href="/settings" className="rounded-md px-2.5 py-1.5 text-stone-700 hover:bg-stone-100">
              {t("settings")}
            </Link>
          </nav>
          <div className="order-last w-full lg:order-none lg:w-auto lg:max-w-72 lg:flex-1">
            <HeaderSearch />
          </div>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <NotificationBell actor={actor} />
            <div className="text-right leading-tight" data-testid="current-user">
              <div className="font-medium text-stone-900">
                <bdi>{actor.name}</bdi>
              </div>
              <div className="text-xs text-stone-500">
                {actor.email} · {common(`roles.${actor.role}`)}
              </div>
            </div>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-stone-700 hover:bg-stone-100">
                {auth("signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
