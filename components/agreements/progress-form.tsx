"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { addProgressAction } from "@/app/(app)/agreements/actions";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { progressSchema } from "@/lib/validation/agreement";
import { AmountEcho } from "./amount-echo";
import { OverDeliveryConfirm } from "./over-delivery-confirm";
import { primaryButton } from "@/components/ui/buttons";

/** Adds a progress entry; `delivered` and `signed` let it ask before delivered goes beyond the signed value. */
export function ProgressForm({ agreementId, today, delivered, signed }: { agreementId: number; today: string; delivered: string; signed: string | null }) {
  const t = useTranslations("detail");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  // A fresh submission key per update: a replayed save stores nothing twice.
  const blank = () => ({ agreementId, occurredOn: today, note: "", deliveredValue: "", confirmOverDelivery: false, submissionKey: crypto.randomUUID() });
  const form = useZodForm(progressSchema, { defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    setSaved(false);
    const result = await callAction(() => addProgressAction(form.getValues()));
    if (!result.ok) return setMessage(applyServerErrors(form, result));
    form.reset(blank());
    setSaved(true);
    router.refresh();
  });
  const refused = errors.deliveredValue?.message === "overDeliveryUnconfirmed";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="progress-form">
      <h3 className="text-sm font-semibold">{t("addProgress")}</h3>
      <div className="grid gap-3 md:grid-cols-3">
        <Field label={t("progressDate")} error={errorText(errors.occurredOn?.message)} required>
          {(a) => <input {...a} {...form.register("occurredOn")} type="date" className={inputClass} />}
        </Field>
        <Field label={t("deliveredAmount")} error={errorText(errors.deliveredValue?.message)} hint={<AmountEcho control={form.control} name="deliveredValue" />} className="md:col-span-2">
          {(a) => <input {...a} {...form.register("deliveredValue")} inputMode="decimal" className={inputClass} placeholder={t("deliveredPlaceholder")} data-testid="delivered-value" />}
        </Field>
        <Field label={t("progressNote")} error={errorText(errors.note?.message)} required className="md:col-span-3">
          {(a) => <textarea {...a} {...form.register("note")} rows={2} className={inputClass} data-testid="progress-note" />}
        </Field>
      </div>
      <OverDeliveryConfirm control={form.control} name="deliveredValue" others={delivered} signed={signed}
        register={form.register("confirmOverDelivery")} refused={refused} />
      <div aria-live="polite">
        {message && <FormMessage tone="error">{tAll.has(`actions.messages.${message}`) ? tAll(`actions.messages.${message}` as never) : tAll("actions.messages.invalid")}</FormMessage>}
        {saved && <FormMessage tone="success">{tAll("actions.messages.saved")}</FormMessage>}
      </div>
      <button type="submit" disabled={isSubmitting} data-testid="save-progress"
        className={primaryButton}>
        {isSubmitting ? tAll("agreementForm.saving") : t("saveProgress")}
      </button>
    </form>
  );
}
