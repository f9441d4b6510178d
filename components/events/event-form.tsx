"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createEventAction, updateEventAction } from "@/app/(app)/events/actions";
import { Field, inputClass } from "@/components/forms/field";
import { SaveMessages, useSaveAndOpen } from "@/components/forms/save-and-open";
import { useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { eventSchema, type EventFormInput } from "@/lib/validation/event";

export interface EventFormProps {
  mode: "create" | "edit";
  id?: number;
  /** The version the edit page loaded; a newer one at save time is a conflict. */
  version?: number;
  initial: EventFormInput;
}

export function EventForm({ mode, id, version, initial }: EventFormProps) {
  const t = useTranslations("events");
  const errorText = useErrorText();
  const form = useZodForm(eventSchema, { defaultValues: initial });
  const { register, formState } = form;
  const errors = formState.errors;
  const { onSubmit, busy, status } = useSaveAndOpen(form, {
    version,
    prefix: "event.",
    save: (event, submissionKey, current) =>
      mode === "create" ? createEventAction({ event, submissionKey }) : updateEventAction({ id: id!, version: current!, event }),
    href: (saved) => `/events/${saved}`,
  });
  const err = (name: keyof typeof errors) => errorText(errors[name]?.message as string | undefined);

  return (
    <form onSubmit={(e) => { e.preventDefault(); void onSubmit(); }} noValidate className="space-y-6" data-testid="event-form">
      <SaveMessages status={status} entity="event" />

      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-4 text-base font-semibold">{t("details")}</h2>
        <div className="grid gap-4 md:grid-cols-3">
          <Field label={t("fields.nameZh")} error={err("nameZh")} required className="md:col-span-2">
            {(a) => <input {...a} {...register("nameZh")} className={inputClass} autoComplete="off" data-testid="event-name-zh" />}
          </Field>
          <Field label={t("fields.heldOn")} error={err("heldOn")} required>
            {(a) => <input {...a} {...register("heldOn")} type="date" className={inputClass} data-testid="event-held-on" />}
          </Field>
          <Field label={t("fields.nameEn")} error={err("nameEn")} hint={t("form.nameEnHint")} className="md:col-span-3">
            {(a) => <input {...a} {...register("nameEn")} className={inputClass} lang="en" autoComplete="off" />}
          </Field>
          <Field label={t("fields.venue")} error={err("venue")} className="md:col-span-2">
            {(a) => <input {...a} {...register("venue")} className={inputClass} autoComplete="off" />}
          </Field>
          <Field label={t("fields.host")} error={err("host")}>
            {(a) => <input {...a} {...register("host")} className={inputClass} autoComplete="off" />}
          </Field>
          <Field label={t("fields.notes")} error={err("notes")} className="md:col-span-3">
            {(a) => <textarea {...a} {...register("notes")} rows={4} className={inputClass} />}
          </Field>
        </div>
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} data-testid="save-event"
          className="rounded-md bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60">
          {busy ? t("form.saving") : mode === "create" ? t("form.create") : t("form.save")}
        </button>
        <Link href={id ? `/events/${id}` : "/events"}
          className="rounded-md border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
