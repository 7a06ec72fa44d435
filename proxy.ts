import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/app/(auth)/auth";
import { clientAddressOf } from "@/lib/client-address";
import { crossSiteActionOrigin } from "@/lib/cross-site-action";
import { env } from "@/lib/env";
import { isPublicReportPath } from "@/lib/public-report-path";
import { securityLog } from "@/lib/security-log";

/**
 * Runs before every page request. It only redirects signed-out visitors to sign-in and
 * sets a per-request Content-Security-Policy nonce; it is never the access check — every
 * page, server action and route handler resolves the user and the permission itself.
 */
function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (popover positioning) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const publicPaths = ["/signin"];

/**
 * A server action called from another site is refused here, with 403 and a security event,
 * by the same rule Next.js applies (lib/cross-site-action.ts) — Next would refuse it too, but
 * only by throwing, which logs a 500 with a stack trace and records no security event.
 */
function refuseCrossSiteAction(request: NextRequest): NextResponse | null {
  const header = (name: string) => request.headers.get(name);
  const origin = crossSiteActionOrigin({
    method: request.method,
    nextAction: header("next-action"),
    contentType: header("content-type"),
    origin: header("origin"),
    host: header("host"),
    forwardedHost: header("x-forwarded-host"),
  });
  if (origin === null) return null;
  const address = clientAddressOf(header("x-forwarded-for"), env.trustedProxyHops);
  securityLog().recordSampled(`csrf-refused action ${address}`, {
    event: "csrf-refused",
    outcome: "refused",
    address,
    target: `POST ${request.nextUrl.pathname}`,
    detail: `cross-site server action from ${origin}`,
  });
  return new NextResponse("Cross-site request refused.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const signedInProxy = auth((request: NextRequest & { auth: unknown }) => {
  const { pathname, search } = request.nextUrl;
  // A public link's page (`/p/<token>`, exactly) needs no sign-in; its route checks the token and sets the report's own CSP.
  if (isPublicReportPath(pathname)) return NextResponse.next();
  const isSignedIn = Boolean((request.auth as { user?: unknown } | null)?.user);
  if (!isSignedIn && !publicPaths.includes(pathname)) {
    const signInUrl = new URL("/signin", request.nextUrl);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signInUrl);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

/** The request exactly as it arrived (its own Host header) is judged first, then the session. */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  // next-auth types its wrapper as a route handler; as a proxy it is handed Next's event.
  return refuseCrossSiteAction(request) ?? signedInProxy(request, event as unknown as Parameters<typeof signedInProxy>[1]);
}

export const config = {
  // Pages only: API routes answer 401 themselves, static assets need no policy.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|woff2?)$).*)"],
};
