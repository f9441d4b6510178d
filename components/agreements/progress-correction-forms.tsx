"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { correctProgressAction, withdrawProgressAction } from "@/app/(app)/agreements/actions";
import { ConflictMessage, conflictOf, useVersionedEdit } from "@/components/forms/conflict-message";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, callAction, useErrorText, useZodForm, type ActionFailure } from "@/components/forms/use-zod-form";
import { primaryButton } from "@/components/ui/buttons";
import type { ActionResult } from "@/lib/auth/action";
import { progressCorrectionSchema, progressWithdrawalSchema } from "@/lib/validation/progress";
import { AmountEcho } from "./amount-echo";
import { OverDeliveryConfirm } from "./over-delivery-confirm";

export interface EntryForEdit {
  id: number;
  version: number;
  occurredOn: string;
  note: string;
  deliveredValue: string | null;
}

/** Submits a correction or withdrawal at the version the page showed; a stale one becomes a conflict the user can save over. */
function useEntryChange<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  opened: number,
  send: (values: T, version: number) => Promise<ActionResult<unknown>>,
  onDone: () => void,
) {
  const router = useRouter();
  const edit = useVersionedEdit(opened);
  const [message, setMessage] = useState<string | null>(null);
  const submit = form.handleSubmit(async () => {
    setMessage(null);
    edit.setConflict(null);
    const result: ActionResult<unknown> | ActionFailure = await callAction(() => send(form.getValues(), edit.version.current!));
    if (result.ok) {
      onDone();
      return router.refresh();
    }
    const conflict = conflictOf(result);
    edit.setConflict(conflict);
    if (!conflict) setMessage(applyServerErrors(form, result));
  });
  const overwrite = () => {
    edit.adoptLatest();
    void submit();
  };
  return { submit, message, conflict: edit.conflict, overwrite };
}

function Messages({ conflict, overwrite, message }: Pick<ReturnType<typeof useEntryChange>, "conflict" | "overwrite" | "message">) {
  const t = useTranslations("actions.messages");
  return (
    <div aria-live="assertive">
      <ConflictMessage conflict={conflict} entity="progress" onOverwrite={overwrite} />
      {message && <FormMessage tone="error" testId="progress-change-error">{t.has(message) ? t(message as never) : t("invalid")}</FormMessage>}
    </div>
  );
}

export function ProgressCorrectionForm({ entry, others, signed, onDone }: { entry: EntryForEdit; others: string; signed: string | null; onDone: () => void }) {
  const t = useTranslations("stewardship.progress");
  const tDetail = useTranslations("detail");
  const errorText = useErrorText();
  const form = useZodForm(progressCorrectionSchema, {
    defaultValues: { id: entry.id, version: entry.version, occurredOn: entry.occurredOn, note: entry.note, deliveredValue: entry.deliveredValue ?? "", reason: "", confirmOverDelivery: false },
  });
  const { errors, isSubmitting } = form.formState;
  const change = useEntryChange(form, entry.version, (values, version) => correctProgressAction({ ...values, version }), onDone);
  return (
    <form onSubmit={change.submit} noValidate className="mt-2 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="progress-correction-form">
      <h4 className="text-sm font-semibold">{t("correctTitle")}</h4>
      <Messages {...change} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field label={tDetail("progressDate")} error={errorText(errors.occurredOn?.message)} required>
          {(a) => <input {...a} {...form.register("occurredOn")} type="date" className={inputClass} />}
        </Field>
        <Field label={tDetail("deliveredAmount")} error={errorText(errors.deliveredValue?.message)} hint={<AmountEcho control={form.control} name="deliveredValue" fallback={t("zeroHint")} />} className="md:col-span-2">
          {(a) => <input {...a} {...form.register("deliveredValue")} inputMode="decimal" className={inputClass} data-testid="correction-delivered-value" />}
        </Field>
        <Field label={tDetail("progressNote")} error={errorText(errors.note?.message)} required className="md:col-span-3">
          {(a) => <textarea {...a} {...form.register("note")} rows={2} className={inputClass} />}
        </Field>
        <Field label={t("reason")} error={errorText(errors.reason?.message)} hint={t("reasonHint")} required className="md:col-span-3">
          {(a) => <input {...a} {...form.register("reason")} className={inputClass} autoFocus data-testid="correction-reason" />}
        </Field>
      </div>
      <OverDeliveryConfirm control={form.control} name="deliveredValue" others={others} signed={signed}
        register={form.register("confirmOverDelivery")} refused={errors.deliveredValue?.message === "overDeliveryUnconfirmed"} />
      <button type="submit" disabled={isSubmitting} className={primaryButton} data-testid="save-correction">
        {isSubmitting ? t("saving") : t("saveCorrection")}
      </button>
    </form>
  );
}

export function ProgressWithdrawalForm({ entry, onDone }: { entry: EntryForEdit; onDone: () => void }) {
  const t = useTranslations("stewardship.progress");
  const errorText = useErrorText();
  const form = useZodForm(progressWithdrawalSchema, { defaultValues: { id: entry.id, version: entry.version, reason: "" } });
  const { errors, isSubmitting } = form.formState;
  const change = useEntryChange(form, entry.version, (values, version) => withdrawProgressAction({ ...values, version }), onDone);
  return (
    <form onSubmit={change.submit} noValidate className="mt-2 space-y-3 rounded-lg border border-rose-200 bg-rose-50/50 p-3" data-testid="progress-withdrawal-form">
      <h4 className="text-sm font-semibold">{t("withdrawTitle")}</h4>
      <p className="text-sm text-slate-600">{t("withdrawExplain")}</p>
      <Messages {...change} />
      <Field label={t("reason")} error={errorText(errors.reason?.message)} required>
        {(a) => <input {...a} {...form.register("reason")} className={inputClass} autoFocus data-testid="withdrawal-reason" />}
      </Field>
      <button type="submit" disabled={isSubmitting} data-testid="save-withdrawal"
        className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-60">
        {isSubmitting ? t("saving") : t("confirmWithdraw")}
      </button>
    </form>
  );
}
