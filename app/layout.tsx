import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import "@fontsource-variable/source-serif-4";
import "./globals.css";
import { verdictColourCss } from "@/lib/checking/verdict-colours";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

/**
 * Every page renders per request, none is prerendered: proxy.ts gives each request its own
 * CSP nonce, and only a page rendered for that request carries it on its scripts (a
 * prerendered one, such as the 404 page would be, has its scripts blocked).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <head>
        {/* Verdict colours from their one table (highlights, badges, legend); see lib/checking/verdict-colours.ts. */}
        <style>{verdictColourCss()}</style>
      </head>
      <body className="min-h-screen font-sans">
        {/* Every message of the person's language reaches client components; see app/_server/i18n/request.ts. */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
