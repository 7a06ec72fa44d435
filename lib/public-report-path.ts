/**
 * Where a public link points: `/p/<token>`, the one page of the app that answers without
 * signing in (proxy.ts lets exactly these paths through; the route checks the token itself).
 */
export function publicReportPath(token: string): string {
  return `/p/${token}`;
}

/** True for `/p/<token>` with a well-formed token (43 base64url characters) and nothing else. */
export function isPublicReportPath(pathname: string): boolean {
  return /^\/p\/[A-Za-z0-9_-]{43}$/.test(pathname);
}
