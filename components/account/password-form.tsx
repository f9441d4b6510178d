"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(account)/account/password/actions";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useZodForm } from "@/components/forms/use-zod-form";
import { primaryButton } from "@/components/ui/buttons";
import { changePasswordSchema, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/password";
import { useUserErrorText } from "./error-text";

const EMPTY = { current: "", password: "", confirm: "" };

/** The signed-in user's own password change; after a one-time password it leads on to the dashboard. */
export function PasswordForm({ email, mustChange }: { email: string; mustChange: boolean }) {
  const t = useTranslations("users.account");
  const tMessage = useTranslations("actions.messages");
  const errorText = useUserErrorText();
  const router = useRouter();
  const form = useZodForm(changePasswordSchema, { defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => changePasswordAction(values));
    if (!result.ok) {
      const key = applyServerErrors(form, result);
      setMessage({ tone: "error", text: tMessage.has(key) ? tMessage(key) : tMessage("failed") });
      return;
    }
    form.reset(EMPTY);
    if (mustChange) {
      router.replace("/");
      router.refresh();
    } else setMessage({ tone: "success", text: t("changed") });
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-4" data-testid="password-form">
      {message && <FormMessage tone={message.tone} testId="password-form-message">{message.text}</FormMessage>}
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field label={t(mustChange ? "field.oneTime" : "field.current")} required error={errorText(errors.current?.message)}>
        {(p) => <input {...p} {...form.register("current")} type="password" autoComplete="current-password" className={inputClass} data-testid="current-password" />}
      </Field>
      <Field label={t("field.password")} required error={errorText(errors.password?.message)} hint={t("hint.password", { min: PASSWORD_MIN, max: PASSWORD_MAX })}>
        {(p) => <input {...p} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass} data-testid="new-password" />}
      </Field>
      <Field label={t("field.confirm")} required error={errorText(errors.confirm?.message)}>
        {(p) => <input {...p} {...form.register("confirm")} type="password" autoComplete="new-password" className={inputClass} data-testid="confirm-password" />}
      </Field>
      <button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className={primaryButton} data-testid="change-password">
        {isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
