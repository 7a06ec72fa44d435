/**
 * Returns `target` when it is a path on this site ("/investigations/1?x=y"), else
 * `fallback`. Refuses absolute URLs, protocol-relative "//host" and "/\\host" forms, so a
 * crafted callbackUrl cannot send someone to another site after sign-in.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  if (target.startsWith("//") || target.startsWith("/\\") || /[\u0000-\u001f]/.test(target)) return fallback;
  return target;
}
