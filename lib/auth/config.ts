import "server-only";

import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { authenticate } from "@/lib/auth/authenticate";
import { findActiveSessionUser } from "@/lib/auth/find-active-session-user";
import type { Role } from "@/lib/auth/roles";
import { clientAddressFrom } from "@/lib/auth/sign-in-limits";
import { signInPath } from "@/lib/auth/sign-in-redirects";
import { logger } from "@/lib/log/logger";

declare module "next-auth" {
  interface User {
    roles?: Role[];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    displayName?: string;
    roles?: Role[];
    /** Sign-in time in seconds since the epoch; the session ends `sessionMaxAgeSeconds` after it. */
    signedInAt?: number;
    /** The account's session version at sign-in. A sign-out raises it, which ends this session. */
    sessionVersion?: number;
  }
}

/** Thrown from `authorize` when a limit blocks the attempt; the sign-in page words the code. */
export class SignInBlocked extends CredentialsSignin {
  code = "rate_limited";

  /** When the limit lets the next attempt through, or null when the limit did not say. */
  readonly retryAt: Date | null;

  constructor(retryAt: Date | null) {
    super();
    this.retryAt = retryAt;
  }
}

/** Eight hours, a working day: the longest a session lasts after sign-in, however active. */
const sessionMaxAgeSeconds = 8 * 60 * 60;

const authLogger = logger.child({ component: "auth.js" });

const authConfig = {
  trustHost: true,
  pages: { signIn: signInPath, error: signInPath },
  session: {
    strategy: "jwt",
    maxAge: sessionMaxAgeSeconds,
    // Auth.js 0.41 reads updateAge only for database sessions. A JWT session is re-signed on
    // every read that can set cookies. The absolute limit comes from `signedInAt` below.
    updateAge: 15 * 60,
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientAddressFrom(request.headers));

        if (result.status === "blocked") throw new SignInBlocked(result.retryAt);
        if (result.status === "rejected") return null;
        return { id: result.user.id, name: result.user.displayName, roles: result.user.roles };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user?.id) {
        const account = await findActiveSessionUser(user.id);
        if (!account) return null;

        // Rebuilt from scratch, so the cookie carries the id, name, roles, sign-in time and session version but no e-mail.
        return {
          sub: user.id,
          displayName: account.displayName,
          roles: account.roles,
          signedInAt: Math.floor(Date.now() / 1000),
          sessionVersion: account.sessionVersion,
        };
      }

      const signedInAt = token.signedInAt ?? 0;
      if (!token.sub || Date.now() / 1000 - signedInAt > sessionMaxAgeSeconds) return null;

      // Checked on every read, not on a timer: staff roles open thousands of customer records,
      // so disabling an account or removing a role must act on the next request. It costs one
      // primary-key lookup, and getCurrentUser caches the result for the rest of the request.
      const current = await findActiveSessionUser(token.sub);
      if (!current) {
        // Debug level: a page render cannot delete the cookie, so this repeats on every request
        // until the cookie expires or the browser signs in again.
        authLogger.debug({ userId: token.sub }, "session rejected: account disabled or deleted");
        return null;
      }

      // A copied cookie must not outlive a sign-out: the sign-out raised the account's version.
      if ((token.sessionVersion ?? 0) !== current.sessionVersion) {
        authLogger.debug({ userId: token.sub }, "session rejected: signed out since the cookie was issued");
        return null;
      }

      return { ...token, displayName: current.displayName, roles: current.roles };
    },

    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? "", name: token.displayName ?? "", roles: token.roles ?? [] },
      };
    },
  },
  logger: {
    error(error) {
      // Rejected and blocked sign-ins are expected; authenticate() has already logged them.
      if (error instanceof CredentialsSignin) return;
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      // Anyone can send a forged or stale session cookie, so it is no server fault: the
      // request simply counts as signed out.
      if (error.name === "JWTSessionError") {
        authLogger.warn({ err: { name: error.name } }, "Invalid session cookie ignored");
        return;
      }
      authLogger.error(
        { err: { name: error.name, message: error.message }, cause: cause instanceof Error ? cause.message : undefined },
        "Auth.js error",
      );
    },
    warn(code) {
      authLogger.warn({ code }, "Auth.js warning");
    },
    // Debug metadata can contain the submitted form, password included, so it is not logged.
    debug(message) {
      authLogger.debug(message);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
