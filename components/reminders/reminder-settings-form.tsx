"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveReminderSettingsAction } from "@/app/(forms)/admin/notifications/actions";
import { Field, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useZodForm } from "@/components/forms/use-zod-form";
import { secondaryButton } from "@/components/ui/buttons";
import { reminderSettingsSchema } from "@/lib/validation/reminders";
import { useReminderErrorText } from "./use-reminder-error";

/** N of "signed, no progress for N days". */
export function ReminderSettingsForm({ staleDays }: { staleDays: number }) {
  const t = useTranslations("reminders.admin");
  const errorText = useReminderErrorText();
  const router = useRouter();
  const form = useZodForm(reminderSettingsSchema, { defaultValues: { staleDays } });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await callAction(() => saveReminderSettingsAction(values));
    if (!result.ok) {
      const key = applyServerErrors(form, result);
      if (!result.fieldErrors) form.setError("root", { message: key });
      return;
    }
    form.reset({ staleDays: result.data.staleDays });
    setSaved(true);
    router.refresh();
  });
  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-start gap-3" data-testid="settings-form">
      <Field label={t("staleDays")} required error={errorText(errors.staleDays?.message ?? errors.root?.message)} hint={t("staleDaysHint")} className="max-w-md flex-1">
        {(p) => <input {...p} {...form.register("staleDays")} inputMode="numeric" className={`${inputClass} max-w-32`} data-testid="stale-days" />}
      </Field>
      <button type="submit" disabled={isSubmitting} className={`${secondaryButton} mt-6`} data-testid="settings-save">{t("saveSettings")}</button>
      <p aria-live="polite" className="mt-8 text-sm text-emerald-700">{saved ? t("settingsSaved") : ""}</p>
    </form>
  );
}
