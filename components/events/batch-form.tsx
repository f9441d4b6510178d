"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import { createBatchAction } from "@/app/(forms)/events/[id]/batch/actions";
import { AmountEcho } from "@/components/agreements/amount-echo";
import { PartyPicker, type OrganizationOption } from "@/components/agreements/party-picker";
import { FormMessage } from "@/components/forms/field";
import { applyServerErrors, callAction, useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import { signingFarFromEvent } from "@/lib/domain/event-dates";
import { pickLabel } from "@/lib/i18n/labels";
import { batchSchema, type AgreementFormInput } from "@/lib/validation/agreement";
import { blankAgreement } from "@/lib/validation/agreement-blank";

const cell = "block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600 aria-[invalid=true]:border-rose-500";

function nextReference(reference: string, step: number): string {
  const m = reference.match(/^(.*-)(\d+)$/);
  return m ? `${m[1]}${String(Number(m[2]) + step).padStart(m[2].length, "0")}` : reference;
}

/**
 * Spreadsheet-like entry of the agreements signed at one event. Rows inherit the
 * event's date; Enter moves to the next row (adding one at the end); saved all or nothing.
 */
export function BatchForm({ event, firstReference, categories }: {
  event: { id: number; heldOn: string };
  firstReference: string;
  categories: { id: number; nameZh: string; nameZhHant: string; nameEn: string }[];
}) {
  const t = useTranslations("batch");
  const tWarn = useTranslations("stewardship.eventDate");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const blankRow = (reference: string) => blankAgreement({ reference, eventId: event.id, signedOn: event.heldOn, valueKind: "intended" });
  const [submissionKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(batchSchema, { defaultValues: { eventId: event.id, submissionKey, rows: [0, 1, 2].map((i) => blankRow(nextReference(firstReference, i))) } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rows" });
  const rows = useWatch({ control: form.control, name: "rows" }) ?? [];
  const [names, setNames] = useState<Record<number, OrganizationOption>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const errors = form.formState.errors.rows;

  const addRow = () => {
    const last = rows[rows.length - 1];
    const index = rows.length;
    append(blankRow(last?.reference ? nextReference(last.reference, 1) : firstReference), { shouldFocus: false });
    setTimeout(() => form.setFocus(`rows.${index}.titleZh`), 0);
  };

  const onKeyDown = (i: number) => (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key !== "Enter" || e.defaultPrevented || target.tagName === "BUTTON" || target.tagName === "TEXTAREA") return;
    e.preventDefault();
    if (i === rows.length - 1) addRow();
    else form.setFocus(`rows.${i + 1}.titleZh`);
  };

  // Untouched rows at the end of the sheet are left out rather than reported as errors.
  const isBlank = (r: AgreementFormInput) =>
    !r.titleZh?.trim() && !r.categoryId && !r.signedValue?.trim() && r.parties.every((p) => !p.organizationId);
  const dropBlankRows = (e: React.FormEvent<HTMLFormElement>) => {
    const current = form.getValues("rows");
    const blank = current.map((r, i) => (isBlank(r) ? i : -1)).filter((i) => i >= 0);
    if (blank.length && blank.length < current.length) remove(blank);
    return save(e);
  };

  const save = form.handleSubmit(async () => {
    setMessage(null);
    const result = await callAction(() => createBatchAction(form.getValues()));
    if (result.ok) {
      setDone(true);
      router.push(`/events/${event.id}`);
      router.refresh();
      return;
    }
    setMessage(applyServerErrors(form, result));
  }, () => setMessage("invalid"));

  const pick = (i: number, p: 0 | 1 | 2, org: OrganizationOption) => {
    setNames((n) => ({ ...n, [org.id]: org }));
    const validate = { shouldValidate: form.formState.isSubmitted };
    // 丙方 is optional: picking one adds the third party, clearing it removes it again.
    if (p === 2) form.setValue(`rows.${i}.parties.2`, { organizationId: org.id, isLead: false, signatoryName: "", signatoryTitle: "" }, validate);
    else form.setValue(`rows.${i}.parties.${p}.organizationId`, org.id, validate);
  };
  const clearPartyC = (i: number) =>
    form.setValue(`rows.${i}.parties`, form.getValues(`rows.${i}.parties`).slice(0, 2), { shouldValidate: form.formState.isSubmitted });
  const busy = form.formState.isSubmitting || done;
  // Rows start on the event's date; one moved more than 30 days away is pointed out, not refused.
  const farDays = rows.map((r) => signingFarFromEvent(r?.signedOn, event.heldOn));
  const farCount = farDays.filter((d) => d !== null).length;
  const rowErrorCount = Array.isArray(errors) ? errors.filter(Boolean).length : 0;
  // Errors about the sheet as a whole (no rows, over 100 rows), not one row.
  const sheetError = errorText(errors?.message ?? errors?.root?.message);

  return (
    <form onSubmit={dropBlankRows} noValidate data-testid="batch-form">
      <div aria-live="assertive" className="mb-3">
        {message && (
          <FormMessage tone="error" testId="batch-error">
            {tAll(`actions.messages.${message}`)} {rowErrorCount > 0 && t("rowsWithErrors", { count: rowErrorCount })} {sheetError}
          </FormMessage>
        )}
      </div>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        {/* Fixed widths that add up to less than the 1,246 px a 1280 px screen leaves, so every column (丙方 and remove too) shows;
            narrower screens scroll the sheet inside its box. */}
        <table className="w-full min-w-[76rem] table-fixed text-sm" data-testid="batch-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-8 px-1.5 py-2">#</th>
              <th scope="col" className="w-28 px-1.5 py-2">{tAll("agreementForm.reference")}</th>
              <th scope="col" className="px-1.5 py-2">{tAll("agreementForm.titleZh")}</th>
              <th scope="col" className="w-28 px-1.5 py-2">{tAll("agreementForm.category")}<span className="block font-normal">{tAll("agreementForm.valueKind")}</span></th>
              <th scope="col" className="w-36 px-1.5 py-2">{tAll("agreementForm.signedOn")}</th>
              <th scope="col" className="w-28 px-1.5 py-2">{tAll("agreementForm.signedValue")}</th>
              <th scope="col" className="w-40 px-1.5 py-2">{t("partyA")}</th>
              <th scope="col" className="w-40 px-1.5 py-2">{t("partyB")}</th>
              <th scope="col" className="w-40 px-1.5 py-2">{t("partyC")}</th>
              <th scope="col" className="w-10 px-1.5 py-2"><span className="sr-only">{tAll("agreementForm.remove")}</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => {
              const e = Array.isArray(errors) ? errors[i] : undefined;
              // Each message names its column, so a row's errors read on their own ("乙方：必填").
              const rowErrors = [
                [tAll("agreementForm.reference"), e?.reference?.message],
                [tAll("agreementForm.titleZh"), e?.titleZh?.message],
                [tAll("agreementForm.category"), e?.categoryId?.message],
                [tAll("agreementForm.signedValue"), e?.signedValue?.message],
                [tAll("agreementForm.signedOn"), e?.signedOn?.message],
                [tAll("agreementForm.parties"), e?.parties?.message ?? e?.parties?.root?.message],
                [t("partyA"), e?.parties?.[0]?.organizationId?.message],
                [t("partyB"), e?.parties?.[1]?.organizationId?.message],
                [t("partyC"), e?.parties?.[2]?.organizationId?.message],
              ].filter((x): x is [string, string] => Boolean(x[1]));
              const org = (p: 0 | 1 | 2) => {
                const id = Number(rows[i]?.parties?.[p]?.organizationId) || 0;
                return id ? names[id] ?? null : null;
              };
              return (
                <tr key={field.id} className="border-t border-slate-100 align-top" onKeyDown={onKeyDown(i)} data-testid={`batch-row-${i}`}>
                  <td className="px-1.5 py-2 text-slate-500">{i + 1}</td>
                  <td className="px-1.5 py-2"><input {...form.register(`rows.${i}.reference`)} aria-label={`${tAll("agreementForm.reference")} ${i + 1}`} aria-invalid={Boolean(e?.reference)} className={cell} /></td>
                  <td className="px-1.5 py-2">
                    <input {...form.register(`rows.${i}.titleZh`)} aria-label={`${tAll("agreementForm.titleZh")} ${i + 1}`} aria-invalid={Boolean(e?.titleZh)} className={cell} />
                    {rowErrors.length > 0 && (
                      <p className="mt-1 text-xs text-rose-700" data-testid="field-error">{rowErrors.map(([label, m]) => `${label}：${errorText(m)}`).join("；")}</p>
                    )}
                  </td>
                  <td className="px-1.5 py-2">
                    <select {...form.register(`rows.${i}.categoryId`)} aria-label={`${tAll("agreementForm.category")} ${i + 1}`} aria-invalid={Boolean(e?.categoryId)} className={cell}>
                      <option value="">{tAll("agreementForm.choose")}</option>
                      {categories.map((c) => <option key={c.id} value={c.id}>{pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale)}</option>)}
                    </select>
                    <select {...form.register(`rows.${i}.valueKind`)} aria-label={`${tAll("agreementForm.valueKind")} ${i + 1}`} className={`${cell} mt-1`}>
                      <option value="intended">{tAll("valueKind.intended")}</option>
                      <option value="binding">{tAll("valueKind.binding")}</option>
                    </select>
                  </td>
                  <td className="px-1.5 py-2">
                    <input {...form.register(`rows.${i}.signedOn`)} type="date" aria-label={`${tAll("agreementForm.signedOn")} ${i + 1}`} aria-invalid={Boolean(e?.signedOn)} className={cell} />
                    {farDays[i] !== null && <span className="mt-0.5 block text-xs text-amber-800" data-testid={`batch-date-warning-${i}`}>{tWarn("rowWarning", { days: farDays[i]! })}</span>}
                  </td>
                  <td className="px-1.5 py-2">
                    <input {...form.register(`rows.${i}.signedValue`)} aria-label={`${tAll("agreementForm.signedValue")} ${i + 1}`} aria-invalid={Boolean(e?.signedValue)} className={cell} placeholder={tAll("agreementForm.valuePlaceholder")} inputMode="decimal" />
                    <span className="mt-0.5 block text-xs"><AmountEcho control={form.control} name={`rows.${i}.signedValue`} /></span>
                  </td>
                  {([0, 1, 2] as const).map((p) => (
                    <td key={p} className="px-1.5 py-2">
                      <PartyPicker value={org(p)} onPick={(o) => pick(i, p, o)} testId={`batch-party-${i}-${p}`}
                        invalid={Boolean(e?.parties?.[p]?.organizationId)} />
                      {p === 2 && org(2) && (
                        <button type="button" onClick={() => clearPartyC(i)} className="mt-1 text-xs text-slate-500 underline hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                          data-testid={`batch-party-${i}-2-clear`}>
                          {t("clearPartyC")}
                        </button>
                      )}
                    </td>
                  ))}
                  <td className="px-1.5 py-2">
                    <button type="button" onClick={() => remove(i)} disabled={fields.length === 1} aria-label={t("removeRow", { n: i + 1 })}
                      className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40">✕</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("keyboardHint")}</p>
      {farCount > 0 && (
        <p role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="batch-date-warning">
          {tWarn("batchWarning", { count: farCount })}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" onClick={addRow} data-testid="batch-add-row"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("addRow")}
        </button>
        <button type="submit" disabled={busy} data-testid="batch-save"
          className="rounded-md bg-brand-700 px-5 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60">
          {busy ? tAll("agreementForm.saving") : t("saveAll", { count: fields.length })}
        </button>
      </div>
    </form>
  );
}
