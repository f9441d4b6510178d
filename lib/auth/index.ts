import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "./authenticate";
import { authConfig } from "./config";

/** Tells the sign-in form that the email is throttled, not that the password is wrong. */
class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const result = await authenticate(await getDb(), raw);
        if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name };
        if (result.throttled) throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
});
