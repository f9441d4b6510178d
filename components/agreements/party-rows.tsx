"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-zod-form";
import type { AgreementFormInput, AgreementInput } from "@/lib/validation/agreement";
import { blankParty } from "@/lib/validation/agreement-blank";
import { NewOrganizationDialog } from "./new-organization-dialog";
import { PartyPicker, type OrganizationOption } from "./party-picker";

type Form = UseFormReturn<AgreementFormInput, unknown, AgreementInput>;

const smallButton =
  "rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40";

/**
 * 甲方 / 乙方 / 丙方 … rows: order kept, one lead, signatory per party, new organisations created inline.
 * `initialOptions` may grow (organisations a document was matched to); `note` adds a line under a row.
 */
export function PartyRows({ form, initialOptions, note }: { form: Form; initialOptions: OrganizationOption[]; note?: (index: number, organizationId: number) => React.ReactNode }) {
  const t = useTranslations("agreementForm");
  const errorText = useErrorText();
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "parties" });
  const parties = useWatch({ control: form.control, name: "parties" }) ?? [];
  const [known, setKnown] = useState<Record<number, OrganizationOption>>(() =>
    Object.fromEntries(initialOptions.map((o) => [o.id, o])),
  );
  const [dialogOpen, setDialogOpen] = useState(false);
  const rowErrors = form.formState.errors.parties;

  const pickFor = (index: number, org: OrganizationOption) => {
    setKnown((k) => ({ ...k, [org.id]: org }));
    form.setValue(`parties.${index}.organizationId`, org.id, { shouldValidate: true, shouldDirty: true });
  };
  const setLead = (index: number) => {
    parties.forEach((_, i) => form.setValue(`parties.${i}.isLead`, i === index, { shouldDirty: true }));
    void form.trigger("parties");
  };
  const addParty = (org?: OrganizationOption) => {
    if (org) setKnown((k) => ({ ...k, [org.id]: org }));
    const emptyIndex = parties.findIndex((p) => !p.organizationId);
    if (org && emptyIndex >= 0) return pickFor(emptyIndex, org);
    append({ ...blankParty(parties.length === 0), organizationId: org?.id ?? "" });
  };

  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="parties-heading">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="parties-heading" className="text-base font-semibold">{t("parties")}</h2>
        <div className="flex gap-2">
          <button type="button" className={smallButton} onClick={() => addParty()} data-testid="add-party">
            {t("addParty")}
          </button>
          <button type="button" className={smallButton} onClick={() => setDialogOpen(true)} data-testid="new-organization">
            {t("newOrganization")}
          </button>
        </div>
      </div>
      {rowErrors?.message && (
        <p className="mb-2 text-sm text-rose-700" data-testid="parties-error">{errorText(rowErrors.message)}</p>
      )}
      {rowErrors?.root?.message && <p className="mb-2 text-sm text-rose-700">{errorText(rowErrors.root.message)}</p>}
      {fields.length === 0 && <p className="text-sm text-slate-500">{t("noParties")}</p>}
      <ol className="space-y-3">
        {fields.map((field, i) => {
          const orgId = Number(parties[i]?.organizationId) || 0;
          const rowError = Array.isArray(rowErrors) ? rowErrors[i] : undefined;
          const labelId = `party-${field.id}-label`;
          return (
            <li key={field.id} className="rounded-lg border border-slate-200 p-3" data-testid={`party-row-${i}`}>
              <div className="mb-2 flex flex-wrap items-center gap-3">
                <span id={labelId} className="min-w-12 font-medium text-brand-800">{t("position", { n: i + 1 })}</span>
                <label className="flex items-center gap-1.5 text-sm">
                  <input type="radio" name="lead-party" checked={Boolean(parties[i]?.isLead)} onChange={() => setLead(i)} className="accent-brand-700" />
                  {t("lead")}
                </label>
                <div className="ml-auto flex gap-1">
                  <button type="button" className={smallButton} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t("moveUp", { n: i + 1 })}>↑</button>
                  <button type="button" className={smallButton} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={t("moveDown", { n: i + 1 })}>↓</button>
                  <button type="button" className={smallButton} onClick={() => remove(i)} aria-label={t("removeParty", { n: i + 1 })}>{t("remove")}</button>
                </div>
              </div>
              <div className="grid gap-3 md:grid-cols-4">
                <div className="md:col-span-2">
                  <span id={`${labelId}-org`} className="mb-1 block text-sm font-medium text-slate-700">
                    {t("organization")}<span className="ml-0.5 text-rose-600" aria-hidden="true">*</span>
                  </span>
                  <PartyPicker
                    value={orgId ? known[orgId] ?? initialOptions.find((o) => o.id === orgId) ?? { id: orgId, nameZh: `#${orgId}`, nameEn: null, shortName: null, type: "other" } : null}
                    onPick={(org) => pickFor(i, org)}
                    invalid={Boolean(rowError?.organizationId)}
                    labelledBy={`${labelId} ${labelId}-org`}
                    testId={`party-picker-${i}`}
                  />
                  {rowError?.organizationId?.message && (
                    <p className="mt-1 text-xs text-rose-700" data-testid="field-error">{errorText(rowError.organizationId.message)}</p>
                  )}
                </div>
                <Field label={t("signatoryName")} error={errorText(rowError?.signatoryName?.message)}>
                  {(a) => <input {...a} {...form.register(`parties.${i}.signatoryName`)} className={inputClass} />}
                </Field>
                <Field label={t("signatoryTitle")} error={errorText(rowError?.signatoryTitle?.message)}>
                  {(a) => <input {...a} {...form.register(`parties.${i}.signatoryTitle`)} className={inputClass} />}
                </Field>
              </div>
              {note?.(i, orgId)}
            </li>
          );
        })}
      </ol>
      <NewOrganizationDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onCreated={(org) => {
          setDialogOpen(false);
          addParty(org);
        }}
      />
    </section>
  );
}
