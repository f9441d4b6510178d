"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/(forms)/admin/users/actions";
import { useUserErrorText } from "@/components/account/error-text";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useZodForm } from "@/components/forms/use-zod-form";
import { primaryButton } from "@/components/ui/buttons";
import { ROLES } from "@/lib/domain/enums";
import { adminNewUserSchema } from "@/lib/validation/user";
import { OneTimePassword, type IssuedPassword } from "./one-time-password";

const EMPTY = { email: "", name: "", role: "staff" as const };

/** Creates an account with a role; the server makes the one-time password, shown here once. */
export function UserForm() {
  const t = useTranslations("users.admin");
  const tRoles = useTranslations("roles");
  const tMessage = useTranslations("actions.messages");
  const errorText = useUserErrorText();
  const router = useRouter();
  const form = useZodForm(adminNewUserSchema, { defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => createUserAction(values));
    if (!result.ok) {
      const key = applyServerErrors(form, result);
      setMessage(tMessage.has(key) ? tMessage(key) : tMessage("failed"));
      return;
    }
    setIssued({ email: result.data.email, password: result.data.password, expiresAt: result.data.expiresAt });
    form.reset(EMPTY);
    router.refresh();
  });

  return (
    <div className="space-y-4">
      {issued && <OneTimePassword key={issued.password} issued={issued} onDone={() => setIssued(null)} />}
      <form noValidate onSubmit={submit} className="grid gap-4 sm:grid-cols-[1fr_1fr_12rem_auto] sm:items-start" data-testid="user-form">
        {message && <div className="sm:col-span-4"><FormMessage tone="error" testId="user-form-message">{message}</FormMessage></div>}
        <Field label={t("field.email")} required error={errorText(errors.email?.message)}>
          {(p) => <input {...p} {...form.register("email")} type="email" maxLength={254} autoComplete="off" className={inputClass} data-testid="user-email" />}
        </Field>
        <Field label={t("field.name")} required error={errorText(errors.name?.message)}>
          {(p) => <input {...p} {...form.register("name")} maxLength={100} autoComplete="off" className={inputClass} data-testid="user-name" />}
        </Field>
        <Field label={t("field.role")} required error={errorText(errors.role?.message)}>
          {(p) => (
            <select {...p} {...form.register("role")} className={inputClass} data-testid="user-role">
              {ROLES.map((r) => <option key={r} value={r}>{tRoles(r)}</option>)}
            </select>
          )}
        </Field>
        <div className="sm:pt-6">
          <button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className={primaryButton} data-testid="create-user">
            {isSubmitting ? t("creating") : t("create")}
          </button>
        </div>
      </form>
    </div>
  );
}
