"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createAgreementAction, updateAgreementAction } from "@/app/(app)/agreements/actions";
import { PrefillPanel, PrefillPartyNote } from "@/components/documents/prefill-panel";
import { useDocumentPrefill } from "@/components/documents/use-document-prefill";
import { Field, inputClass } from "@/components/forms/field";
import { SaveMessages, useSaveAndOpen } from "@/components/forms/save-and-open";
import { useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { AGREEMENT_STATUSES, VALUE_KINDS } from "@/lib/domain/enums";
import { pickLabel } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { agreementSchema, type AgreementFormInput } from "@/lib/validation/agreement";
import { AmountEcho } from "./amount-echo";
import { EventDateWarning, useEventDateWarning } from "./event-date-warning";
import { PartyRows } from "./party-rows";
import type { OrganizationOption } from "./party-picker";

export interface AgreementFormProps {
  mode: "create" | "edit";
  id?: number;
  version?: number;
  initial: AgreementFormInput;
  /** Offer "从文件填写" (new agreements and drafts). */
  prefill?: boolean;
  partyOptions: OrganizationOption[];
  categories: { id: number; key: string; nameZh: string; nameZhHant: string; nameEn: string }[];
  events: { id: number; nameZh: string; nameEn: string | null; heldOn: string }[];
  /** Create only: who may own it (负责人) and the one chosen at first (the signed-in user). */
  owners?: { id: number; name: string; email: string }[];
  ownerId?: number;
}

export function AgreementForm({ mode, id, version, initial, prefill: allowPrefill, partyOptions, categories, events, owners, ownerId }: AgreementFormProps) {
  const t = useTranslations("agreementForm");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const form = useZodForm(agreementSchema, { defaultValues: initial });
  const { register, formState } = form;
  const errors = formState.errors;
  const prefill = useDocumentPrefill(form, categories);
  const [owner, setOwner] = useState(ownerId ? String(ownerId) : "");
  const { onSubmit, busy, status } = useSaveAndOpen(form, {
    version,
    prefix: "agreement.",
    save: (agreement, submissionKey, current) =>
      prefill.attachAfterSave(
        mode === "create" ? createAgreementAction({ agreement, submissionKey, ownerId: owner ? Number(owner) : "" }) : updateAgreementAction({ id: id!, version: current!, agreement }),
      ),
    href: (saved) => prefill.savedHref(`/agreements/${saved}`),
  });
  const err = (name: keyof typeof errors) => errorText(errors[name]?.message as string | undefined);
  // The owner is not part of the agreement itself: the server names it `ownerId` outside the form's fields.
  const ownerError = errorText((errors as Record<string, { message?: string } | undefined>).ownerId?.message);
  const dateWarning = useEventDateWarning(form, events);

  return (
    <form onSubmit={(e) => { e.preventDefault(); dateWarning.guard(() => void onSubmit()); }} noValidate className="space-y-6" data-testid="agreement-form">
      <SaveMessages status={status} entity="agreement" />
      {allowPrefill && <PrefillPanel prefill={prefill} />}

      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-4 text-base font-semibold">{t("basics")}</h2>
        <div className="grid gap-4 md:grid-cols-3">
          <Field label={t("reference")} error={err("reference")} hint={t("referenceHint")} required>
            {(a) => <input {...a} {...register("reference")} className={inputClass} autoComplete="off" />}
          </Field>
          <Field label={t("titleZh")} error={err("titleZh")} hint={prefill.hint("titleZh")} required className="md:col-span-2">
            {(a) => <input {...a} {...register("titleZh")} className={inputClass} />}
          </Field>
          <Field label={t("titleEn")} error={err("titleEn")} className="md:col-span-3">
            {(a) => <input {...a} {...register("titleEn")} className={inputClass} lang="en" />}
          </Field>
          <Field label={t("summary")} error={err("summary")} className="md:col-span-3">
            {(a) => <textarea {...a} {...register("summary")} rows={3} className={inputClass} />}
          </Field>
          <Field label={t("category")} error={err("categoryId")} hint={prefill.hint("categoryId")} required>
            {(a) => (
              <select {...a} {...register("categoryId")} className={inputClass}>
                <option value="">{t("choose")}</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>{pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("event")} error={err("eventId")}>
            {(a) => (
              <select {...a} {...register("eventId")} className={inputClass}>
                <option value="">{t("noEvent")}</option>
                {events.map((e) => (
                  <option key={e.id} value={e.id}>{e.heldOn} {recordName(locale, e.nameZh, e.nameEn)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("status")} error={err("status")} required>
            {(a) => (
              <select {...a} {...register("status")} className={inputClass}>
                {AGREEMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>{tAll(`status.${s}`)}</option>
                ))}
              </select>
            )}
          </Field>
          {mode === "create" && owners && (
            <Field label={t("owner")} error={ownerError} hint={t("ownerHint")}>
              {(a) => (
                <select {...a} value={owner} onChange={(e) => setOwner(e.target.value)} className={inputClass} data-testid="owner-select">
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>{o.name}（{o.email}）</option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      </section>

      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-4 text-base font-semibold">{t("datesAndValue")}</h2>
        <div className="grid gap-4 md:grid-cols-3">
          <Field label={t("signedOn")} error={err("signedOn")} hint={prefill.hint("signedOn", t("signedOnHint"))}>
            {(a) => <input {...a} {...register("signedOn")} type="date" className={inputClass} />}
          </Field>
          <Field label={t("termStart")} error={err("termStart")} hint={prefill.hint("termStart")}>
            {(a) => <input {...a} {...register("termStart")} type="date" className={inputClass} />}
          </Field>
          <Field label={t("termEnd")} error={err("termEnd")} hint={prefill.hint("termEnd")}>
            {(a) => <input {...a} {...register("termEnd")} type="date" className={inputClass} />}
          </Field>
          <Field label={t("signedValue")} error={err("signedValue")} hint={prefill.hint("signedValue", <AmountEcho control={form.control} name="signedValue" fallback={t("valueHint")} />)} className="md:col-span-2">
            {(a) => <input {...a} {...register("signedValue")} inputMode="decimal" className={inputClass} placeholder={t("valuePlaceholder")} autoComplete="off" data-testid="signed-value" />}
          </Field>
          <fieldset>
            <legend className="mb-1 block text-sm font-medium text-slate-700">{t("valueKind")}</legend>
            <div className="flex gap-4 pt-1.5">
              {VALUE_KINDS.map((k) => (
                <label key={k} className="flex items-center gap-1.5 text-sm">
                  <input type="radio" value={k} {...register("valueKind")} className="accent-brand-700" />
                  {tAll(`valueKind.${k}`)}
                </label>
              ))}
            </div>
            <p className="mt-1 text-xs text-slate-500">{t("valueKindHint")}</p>
          </fieldset>
        </div>
        <div className="mt-4">
          <EventDateWarning warning={dateWarning} onProceed={() => dateWarning.proceed(() => void onSubmit())} />
        </div>
      </section>

      <PartyRows form={form} initialOptions={[...partyOptions, ...prefill.organizations]}
        note={(i, chosenId) => <PrefillPartyNote row={prefill.rows[i]} chosenId={chosenId} />} />

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} data-testid="save-agreement"
          className="rounded-md bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60">
          {busy ? t("saving") : mode === "create" ? t("create") : t("save")}
        </button>
        <button type="button" onClick={() => router.back()} className="rounded-md border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
