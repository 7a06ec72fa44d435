/**
 * How long a sign-in lasts (OWASP ASVS 7.3.1, 7.3.2). A session ends after `idleSeconds`
 * without a page request, and `absoluteSeconds` after signing in however busy it is,
 * whichever comes first. The idle limit is the session cookie's lifetime, renewed on every
 * page request (and every server action, which posts to a page); the absolute one is checked
 * against the sign-in time kept in the session token.
 *
 * Idle is 2 hours, the security plan's figure. Typing sends no request, so a long rationale
 * can outlast it; that costs nothing, because the checking panel keeps every draft in the
 * browser (lib/checking/claim-drafts.ts) and restores it after signing in again. (It was
 * 8 hours while drafts were lost on the way to the sign-in page.)
 */
export const sessionLimits = { idleSeconds: 2 * 60 * 60, absoluteSeconds: 12 * 60 * 60 };

/**
 * Whether a session signed in at `signedInAt` (seconds since the epoch, from the token) may
 * go on at `nowSeconds`. A token without a readable sign-in time cannot prove its age and is
 * refused; one dated in the future (beyond a minute of clock skew) is refused too.
 */
export function isWithinAbsoluteLimit(signedInAt: unknown, nowSeconds: number, limits = sessionLimits): boolean {
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return false;
  const age = nowSeconds - signedInAt;
  return age >= -60 && age < limits.absoluteSeconds;
}
