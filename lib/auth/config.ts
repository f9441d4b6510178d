import type { NextAuthConfig } from "next-auth";
import { resolveAuthSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The database-free part of the auth setup: secret, session lifetime and token callbacks. */
export const authConfig = {
  secret: resolveAuthSecret(),
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
