import type { NextAuthConfig } from "next-auth";
import { resolveAuthSecret } from "./secret";
import { SESSION_ABSOLUTE_MS } from "./session-limits";


/** The database-free part of the auth setup: secret, cookie lifetime and the token's contents (user id and session id). */
export const authConfig = {
  secret: resolveAuthSecret(),
  trustHost: true,
  pages: { signIn: "/login" },
  // The cookie may outlive its session; the row in `sessions` decides (see guard.ts).
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
