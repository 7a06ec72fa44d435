import type { Metadata } from "next";
import { connection } from "next/server";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import "@fontsource-variable/source-serif-4";
import "./globals.css";
import { verdictColourCss } from "@/lib/checking/verdict-colours";

export const metadata: Metadata = {
  title: { default: "Corroborate", template: "%s · Corroborate" },
  description: "A workspace for checking what the news says, across sources.",
};

/**
 * Every page renders per request, none is prerendered: proxy.ts gives each request its own
 * CSP nonce, and only a page rendered for that request carries it on its scripts (a
 * prerendered one, such as the 404 page would be, has its scripts blocked).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <head>
        {/* Verdict colours from their one table (highlights, badges, legend); see lib/checking/verdict-colours.ts. */}
        <style>{verdictColourCss()}</style>
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
