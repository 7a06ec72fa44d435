import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { attemptSignIn, endSession } from "@/db/queries/users";
import { clientAddressOf } from "@/lib/client-address";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { securityLog } from "@/lib/security-log";
import { isWithinAbsoluteLimit, sessionLimits } from "@/lib/session-limits";
import { SignInInput } from "@/lib/validation/user";

/** Thrown by `authorize` when sign-in is throttled; the form says how long to wait. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super(`Sign-in throttled for ${retryAfterSeconds} s`);
  }
}

/**
 * Auth.js with email + password. Sessions are JWTs holding the user id and the account's
 * session version; every request re-reads the account (see app/_server/current-actor.ts),
 * so disabling or demoting someone takes effect on their next request, and signing out
 * moves the version on, so a copy of the signed-out cookie is refused too.
 *
 * Sign-in attempts are throttled per account and per client address inside `authorize`, so
 * the form's server action and Auth.js's own callback route are throttled alike.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  // The cookie's lifetime is the idle limit: every page request (the proxy) renews it.
  session: { strategy: "jwt", maxAge: sessionLimits.idleSeconds },
  pages: { signIn: "/signin" },
  // No `trustHost`: Auth.js trusts the host only when AUTH_URL (set by `npm start`) or
  // AUTH_TRUST_HOST is given, or outside production, and then builds its URLs from AUTH_URL.
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      const type = (error as { type?: string }).type;
      if (error instanceof CredentialsSignin || type === "CredentialsSignin") return; // logged by `authorize`
      // Expected refusals are security events (one sampled line each), not server errors.
      const reason = (error.cause as { err?: Error } | undefined)?.err?.message ?? error.message;
      if (type === "JWTSessionError") return securityLog().recordSampled("session-refused", { event: "session-refused", outcome: "refused", detail: reason });
      if (type === "MissingCSRF" || type === "InvalidCheck")
        return securityLog().recordSampled(`csrf-refused ${type}`, { event: "csrf-refused", outcome: "refused", detail: type });
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = SignInInput.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddressOf(request.headers.get("x-forwarded-for"), env.trustedProxyHops);
        const outcome = await attemptSignIn({ ...parsed.data, address });
        const { email } = parsed.data;
        if (outcome.status === "throttled") {
          securityLog().recordSampled(`sign-in-throttled ${address}`, {
            event: "sign-in-throttled",
            outcome: "refused",
            email,
            address,
            detail: `wait ${outcome.retryAfterSeconds} s`,
          });
          throw new SignInThrottled(outcome.retryAfterSeconds);
        }
        if (outcome.status === "refused") {
          securityLog().record({ event: "sign-in", outcome: "failure", email, address });
          return null;
        }
        const { user } = outcome;
        securityLog().record({ event: "sign-in", outcome: "success", userId: user.id, address });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string" && typeof token.sv === "number") {
        const ended = await endSession({ userId: token.uid, sessionVersion: token.sv });
        securityLog().record({
          event: "sign-out",
          outcome: ended ? "success" : "refused",
          userId: token.uid,
          detail: ended ? undefined : "an older session's cookie",
        });
      }
    },
  },
  callbacks: {
    /** Only to this site, and never a crash on a malformed address (CVE-2022-31093). */
    redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${safeRedirectPath(url)}`;
      try {
        if (new URL(url).origin === new URL(baseUrl).origin) return url;
      } catch {
        // not a URL: fall through to the home page
      }
      return baseUrl;
    },
    jwt({ token, user }) {
      const nowSeconds = Math.floor(Date.now() / 1000);
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.signedInAt = nowSeconds;
        return token;
      }
      // Null ends the session (Auth.js clears the cookie): past the absolute limit, however busy.
      return isWithinAbsoluteLimit(token.signedInAt, nowSeconds) ? token : null;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        session.user.id = token.uid;
        (session as SessionWithVersion).sessionVersion = typeof token.sv === "number" ? token.sv : -1;
        // For responses that outlive their request (the live stream), which must end at the absolute limit too.
        (session as SessionWithVersion).signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : undefined;
      }
      return session;
    },
  },
});

export type SessionWithVersion = { sessionVersion?: number; signedInAt?: number };
