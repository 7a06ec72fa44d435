/**
 * How long a sign-in lasts (OWASP ASVS 7.3.1, 7.3.2). A session ends after `idleSeconds`
 * without a page request, and `absoluteSeconds` after signing in however busy it is,
 * whichever comes first. The idle limit is the session cookie's lifetime, renewed on every
 * page request (and every server action, which posts to a page); the absolute one is checked
 * against the sign-in time kept in the session token.
 *
 * Idle is a working day, not the 2 hours of the security plan's example: typing sends no
 * request, and saving after the session ended sends the page to sign-in without the draft.
 * Until drafts are kept in the browser, a shorter limit would cost reviewers their writing.
 */
export const sessionLimits = { idleSeconds: 8 * 60 * 60, absoluteSeconds: 12 * 60 * 60 };

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
