"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createChannelAction } from "@/app/(forms)/admin/notifications/actions";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useZodForm } from "@/components/forms/use-zod-form";
import { primaryButton } from "@/components/ui/buttons";
import { CHANNEL_KINDS } from "@/lib/domain/reminders";
import { channelSchema } from "@/lib/validation/reminders";
import { useReminderErrorText } from "./use-reminder-error";

/** Adds a 企业微信 / 钉钉 robot or a generic webhook: type, name, URL and, where the platform signs, its secret. */
export function ChannelForm() {
  const t = useTranslations("reminders.admin");
  const errorText = useReminderErrorText();
  const router = useRouter();
  const form = useZodForm(channelSchema, { defaultValues: { kind: "wecom", name: "", url: "", secret: "" } });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => createChannelAction(values));
    if (!result.ok) {
      const key = applyServerErrors(form, result);
      return setMessage({ tone: "error", text: errorText(key) ?? key });
    }
    form.reset({ kind: values.kind, name: "", url: "", secret: "" });
    setMessage({ tone: "success", text: t("added") });
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} className="grid gap-4 md:grid-cols-2" data-testid="channel-form">
      {message && <div className="md:col-span-2"><FormMessage tone={message.tone} testId="channel-form-message">{message.text}</FormMessage></div>}
      <Field label={t("kind")} required error={errorText(errors.kind?.message)}>
        {(p) => (
          <select {...p} {...form.register("kind")} className={inputClass} data-testid="channel-kind">
            {CHANNEL_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("name")} required error={errorText(errors.name?.message)} hint={t("nameHint")}>
        {(p) => <input {...p} {...form.register("name")} maxLength={100} autoComplete="off" className={inputClass} data-testid="channel-name" />}
      </Field>
      <Field label={t("url")} required error={errorText(errors.url?.message)} hint={t("urlHint")} className="md:col-span-2">
        {(p) => <input {...p} {...form.register("url")} type="url" inputMode="url" autoComplete="off" spellCheck={false} className={inputClass} data-testid="channel-url" />}
      </Field>
      <Field label={t("secret")} error={errorText(errors.secret?.message)} hint={t("secretHint")} className="md:col-span-2">
        {(p) => <input {...p} {...form.register("secret")} type="password" autoComplete="new-password" className={inputClass} data-testid="channel-secret" />}
      </Field>
      <div className="md:col-span-2">
        <button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className={primaryButton} data-testid="channel-add">{t("add")}</button>
      </div>
    </form>
  );
}
