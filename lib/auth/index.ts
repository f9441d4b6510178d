import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { isSessionLive } from "@/db/queries/sessions";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { authConfig } from "./config";
import { SESSION_LIMITS } from "./session-limits";
import { endSignedOutSession } from "./sign-out";

/** Tells the sign-in form that the email is throttled, not that the password is wrong. */
class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}
/** A right one-time password past its expiry. */
class ExpiredSignIn extends CredentialsSignin {
  code = "expired";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const result = await authenticate(await getDb(), raw, { address: clientAddress(request.headers) });
        if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name, sid: result.sessionId };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        if (result.reason === "expired") throw new ExpiredSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // A token whose session has ended reads as signed out everywhere, GET /api/auth/session included (which then clears the cookie).
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user) return token;
      return typeof token.sid === "string" && (await isSessionLive(await getDb(), token.sid, new Date(), SESSION_LIMITS)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      await endSignedOutSession("token" in message ? message.token : null);
    },
  },
});
