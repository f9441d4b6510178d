"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createOrganizationAction, findSimilarOrganizationsAction, updateOrganizationAction } from "@/app/(app)/parties/actions";
import { ConflictMessage, conflictOf, useVersionedEdit } from "@/components/forms/conflict-message";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { applyServerErrors, useErrorText, useZodForm } from "@/components/forms/use-zod-form";
import type { SavedOrganization } from "@/db/mutations/organizations";
import type { SimilarOrganization } from "@/db/queries/organization-similar";
import { DuplicateMatches } from "./duplicate-matches";
import { PARTY_TYPES } from "@/lib/domain/enums";
import { organizationSchema, type OrganizationFormInput } from "@/lib/validation/organization";


const EMPTY: OrganizationFormInput = { nameZh: "", nameEn: "", shortName: "", type: "", creditCode: "", city: "", website: "", notes: "" };

/**
 * Creates (no `id`) or edits (`id`, at the `version` the page loaded) a party.
 * On its own page it navigates to the party after saving; with `onSaved` it
 * hands the saved party back instead, so the agreement form can create a party
 * without leaving its own form.
 */
export function OrganizationForm({
  initial,
  id,
  version,
  onSaved,
  onCancel,
}: {
  initial?: Partial<OrganizationFormInput>;
  id?: number;
  version?: number;
  onSaved?: (org: SavedOrganization) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("parties");
  const tType = useTranslations("partyType");
  const tMessage = useTranslations("actions.messages");
  const errorText = useErrorText();
  const router = useRouter();
  // One per party this form creates: the inline dialog takes a fresh one after each save.
  const [submissionKey, setSubmissionKey] = useState(() => crypto.randomUUID());
  const form = useZodForm(organizationSchema, { defaultValues: { ...EMPTY, ...initial } });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<string | null>(null);
  const edit = useVersionedEdit(version);
  const [leaving, setLeaving] = useState(false);
  const [matches, setMatches] = useState<SimilarOrganization[] | null>(null);

  /** Looks for likely duplicates before a create; true when there are some to show first. */
  const showMatches = async (values: OrganizationFormInput): Promise<boolean> => {
    const { nameZh, nameEn, shortName, creditCode } = values;
    const found = await findSimilarOrganizationsAction({ nameZh, nameEn, shortName, creditCode });
    setMatches(found.ok && found.data.length ? found.data : null);
    return Boolean(found.ok && found.data.length);
  };

  const submit = (allowSimilar: boolean) => form.handleSubmit(async (values) => {
    setMessage(null);
    edit.setConflict(null);
    try {
      if (!id && !allowSimilar && (await showMatches(values))) return;
      setMatches(null);
      const result = id
        ? await updateOrganizationAction({ id, version: edit.version.current!, organization: values })
        : await createOrganizationAction({ organization: values, submissionKey, allowSimilar });
      if (!result.ok) {
        edit.setConflict(conflictOf(result));
        if (conflictOf(result)) return;
        // Someone registered a similar one since the check: show it.
        if (result.message === "possibleDuplicates" && (await showMatches(values))) return;
        const key = applyServerErrors(form, result, "organization.");
        setMessage(tMessage.has(key) ? tMessage(key) : tMessage("failed"));
        return;
      }
      if (onSaved) {
        onSaved(result.data);
        if (!id) {
          form.reset(EMPTY);
          setSubmissionKey(crypto.randomUUID());
        }
        return;
      }
      // Stay disabled until the next page arrives, so a second click cannot create a duplicate.
      setLeaving(true);
      router.push(`/parties/${result.data.id}`);
    } catch {
      setMessage(tMessage("failed"));
    }
  });
  const save = submit(false);

  const busy = isSubmitting || leaving;
  const err = (name: keyof OrganizationFormInput) => errorText(errors[name]?.message);

  return (
    <form
      noValidate
      data-testid="organization-form"
      className="space-y-5"
      onSubmit={(e) => {
        // Rendered inside the agreement form through a portal: React would bubble this submit to the outer form.
        e.preventDefault();
        e.stopPropagation();
        void save(e);
      }}
    >
      <ConflictMessage conflict={edit.conflict} entity="organization" onOverwrite={() => { edit.adoptLatest(); void save(); }} />
      {message && <FormMessage tone="error" testId="organization-form-message">{message}</FormMessage>}
      {matches && (
        <DuplicateMatches
          matches={matches}
          busy={busy}
          onUse={onSaved ? (m) => onSaved({ id: m.id, nameZh: m.nameZh, nameEn: m.nameEn, shortName: m.shortName, type: m.type }) : undefined}
          onCreateAnyway={() => void submit(true)()}
          onBack={() => {
            setMatches(null);
            form.setFocus("nameZh");
          }}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("field.nameZh")} required error={err("nameZh")} className="sm:col-span-2">
          {(p) => <input {...p} {...form.register("nameZh")} className={inputClass} autoComplete="organization" data-testid="org-nameZh" />}
        </Field>
        <Field label={t("field.nameEn")} error={err("nameEn")}>
          {(p) => <input {...p} {...form.register("nameEn")} className={inputClass} lang="en" data-testid="org-nameEn" />}
        </Field>
        <Field label={t("field.shortName")} error={err("shortName")}>
          {(p) => <input {...p} {...form.register("shortName")} className={inputClass} data-testid="org-shortName" />}
        </Field>
        <Field label={t("field.type")} required error={err("type")}>
          {(p) => (
            <select {...p} {...form.register("type")} className={inputClass} data-testid="org-type">
              <option value="">{t("chooseType")}</option>
              {PARTY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {tType(type)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.creditCode")} error={err("creditCode")} hint={t("hint.creditCode")}>
          {(p) => (
            <input
              {...p}
              {...form.register("creditCode")}
              className={`${inputClass} tabular font-mono`}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={30}
              data-testid="org-creditCode"
            />
          )}
        </Field>
        <Field label={t("field.city")} error={err("city")}>
          {(p) => <input {...p} {...form.register("city")} className={inputClass} data-testid="org-city" />}
        </Field>
        <Field label={t("field.website")} error={err("website")} hint={t("hint.website")}>
          {(p) => <input {...p} {...form.register("website")} type="url" inputMode="url" className={inputClass} placeholder="https://" data-testid="org-website" />}
        </Field>
        <Field label={t("field.notes")} error={err("notes")} className="sm:col-span-2">
          {(p) => <textarea {...p} {...form.register("notes")} rows={3} className={inputClass} data-testid="org-notes" />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          aria-busy={busy}
          data-testid="organization-submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {busy ? t("saving") : id ? t("save") : t("create")}
        </button>
        {onCancel ? (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t("cancel")}
          </button>
        ) : (
          <Link
            href={id ? `/parties/${id}` : "/parties"}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t("cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
