"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";

export type SignInState = { error?: "invalid" | "missing" | "throttled" | "expired" };

/** Public by nature: it is how a visitor gets a session. */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  // A crafted request can send anything as the arguments: answer it like an empty form, not with a 500.
  if (!(form instanceof FormData)) return { error: "missing" };
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "missing" };
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
    return {};
  } catch (err) {
    // A successful sign-in "throws" Next's redirect; only auth failures are ours to report.
    if (err instanceof AuthError) {
      const code = (err as { code?: string }).code;
      return { error: code === "throttled" || code === "expired" ? code : "invalid" };
    }
    throw err;
  }
}
