"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "./actions";

const input =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

export function LoginForm() {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  // Controlled: React resets uncontrolled inputs after a form action, which would empty the email on a retry.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form action={action} className="space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="text-sm font-medium text-slate-700">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required value={email}
          onChange={(e) => setEmail(e.target.value)} className={input}
          aria-describedby={state.error ? "login-error" : undefined} />
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required value={password}
          onChange={(e) => setPassword(e.target.value)} className={input}
          aria-describedby={state.error ? "login-error" : undefined} />
      </div>
      <p id="login-error" data-testid="login-error" aria-live="polite" className="min-h-6 text-sm text-red-700">
        {state.error ? t(state.error) : null}
      </p>
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
