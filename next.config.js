import createNextIntlPlugin from "next-intl/plugin";

/** The interface's language per request (app/_server/i18n/request.ts): no locale in the address. */
const withNextIntl = createNextIntlPlugin("./app/_server/i18n/request.ts");

/**
 * Security headers on every response; the Content-Security-Policy (which needs a
 * per-request nonce) is set in proxy.ts.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The build type-checks the app only; `npm run typecheck` covers tests and e2e too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // Native modules stay outside the bundle (both are on Next's default list; explicit for
  // clarity), and so does playwright-core, which drives Chromium for PDF export.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "playwright-core"],
  experimental: {
    // Sources may be up to 2 MiB of text; leave room for multipart overhead and the other fields,
    // so an oversized paste reaches the validator and gets a clear message next to the field.
    serverActions: { bodySizeLimit: "5mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // A public link's page carries its token in the address: it sends no Referer at all (the later rule wins).
      { source: "/p/:token", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
