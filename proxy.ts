import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/app/(auth)/auth";

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

export const proxy = auth((request: NextRequest & { auth: unknown }) => {
  const { pathname, search } = request.nextUrl;
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

export const config = {
  // Pages only: API routes answer 401 themselves, static assets need no policy.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|woff2?)$).*)"],
};
