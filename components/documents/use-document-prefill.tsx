"use client";

import { useRef, useState, type ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import { organizationOptionsAction } from "@/app/(forms)/agreements/actions";
import type { OrganizationOption } from "@/components/agreements/party-picker";
import { callAction } from "@/components/forms/use-zod-form";
import type { ActionResult } from "@/lib/auth/action";
import { PARTY_ROLES } from "@/lib/documents/party-roles";
import type { Prefill, PrefillParty } from "@/lib/documents/prefill";
import type { AgreementFormInput, AgreementInput } from "@/lib/validation/agreement";
import { blankParty } from "@/lib/validation/agreement-blank";
import { postFile } from "./post-file";
import { PrefillSource } from "./prefill-source";

type Form = UseFormReturn<AgreementFormInput, unknown, AgreementInput>;
type ScalarField = "titleZh" | "signedValue" | "signedOn" | "termStart" | "termEnd" | "categoryId";

/**
 * The file being read, the last file that could not be read (and why), and the
 * last file that filled the form (and which fields): a failed second file does
 * not undo what the first one filled, and the first one is still attached.
 */
export interface PrefillState {
  reading: string | null;
  failed: { fileName: string; error: string } | null;
  filled: { fileName: string; fields: string[] } | null;
}

/** What was put into each field, and the snippet it came from. */
type Applied = Partial<Record<ScalarField, { value: string; snippet: string }>>;
/** The document's party for a 甲乙丙 row, with its snippet. */
export type PrefillRow = PrefillParty & { source: string };

/** "350000000.00" as the amount box shows a stored amount: "350000000". */
const amountText = (decimal: string) => decimal.replace(/\.00$/, "");

/** Puts the found values into the form (each marked dirty), parties into their 甲乙丙 rows; returns what was set. */
function applyToForm(form: Form, { fields, sources }: Prefill, categories: { id: number; key: string }[]): { applied: Applied; rows: (PrefillRow | undefined)[] } {
  const applied: Applied = {};
  const set = (name: ScalarField, value: string | number, snippet: string) => {
    form.setValue(name, value as never, { shouldDirty: true, shouldValidate: true });
    applied[name] = { value: String(value), snippet };
  };
  if (fields.titleZh) set("titleZh", fields.titleZh, sources.titleZh);
  if (fields.signedValue) set("signedValue", amountText(fields.signedValue), sources.signedValue);
  for (const key of ["signedOn", "termStart", "termEnd"] as const) if (fields[key]) set(key, fields[key]!, sources[key]);
  const category = categories.find((c) => c.key === fields.category);
  if (category) set("categoryId", category.id, sources.category);
  const rows: (PrefillRow | undefined)[] = [];
  if (fields.parties?.length) {
    const next = [...form.getValues("parties")];
    fields.parties.forEach((p, i) => {
      const row = PARTY_ROLES.indexOf(p.role);
      rows[row] = { ...p, source: sources[`parties.${i}`] };
      for (let r = next.length; r <= row; r++) next.push(blankParty());
      // A matched party replaces the row's pick; an unmatched one leaves what staff chose.
      if (p.organizationId) next[row] = { ...next[row], organizationId: p.organizationId };
    });
    if (!next.some((r) => r.isLead)) next[0] = { ...next[0], isLead: true };
    form.setValue("parties", next, { shouldDirty: true });
  }
  return { applied, rows };
}

/**
 * "从文件填写": sends a document to POST /api/v1/documents/extract, fills the
 * agreement form with what comes back, marks each filled field with its
 * snippet, and, once the agreement is saved, attaches the document to it.
 * Nothing is stored before the save.
 */
export function useDocumentPrefill(form: Form, categories: { id: number; key: string }[]) {
  const [state, setState] = useState<PrefillState>({ reading: null, failed: null, filled: null });
  const [applied, setApplied] = useState<Applied>({});
  const [rows, setRows] = useState<(PrefillRow | undefined)[]>([]);
  const [organizations, setOrganizations] = useState<OrganizationOption[]>([]);
  const [attach, setAttach] = useState(true);
  const file = useRef<File | null>(null);
  const attachFailed = useRef(false);

  const read = async (chosen: File) => {
    setState((s) => ({ ...s, reading: chosen.name, failed: null }));
    const result = await postFile<Prefill>("/api/v1/documents/extract", chosen);
    if (!result.ok) return setState((s) => ({ ...s, reading: null, failed: { fileName: chosen.name, error: result.error } }));
    file.current = chosen;
    const found = applyToForm(form, result.data, categories);
    setApplied(found.applied);
    setRows(found.rows);
    setState({ reading: null, failed: null, filled: { fileName: chosen.name, fields: Object.keys(result.data.fields) } });
    const ids = found.rows.flatMap((r) => (r?.organizationId ? [r.organizationId] : []));
    if (ids.length) {
      const options = await callAction(() => organizationOptionsAction({ ids }));
      if (options.ok) setOrganizations(options.data);
    }
  };

  /** Under a field: where its value came from; `fallback` is the field's usual hint, kept below. */
  const hint = (name: ScalarField, fallback?: ReactNode): ReactNode => {
    const a = applied[name];
    if (!a) return fallback;
    return (
      <>
        <PrefillSource control={form.control} name={name} applied={a.value} snippet={a.snippet} suggestion={name === "categoryId"} />
        {fallback && <span className="mt-0.5 block">{fallback}</span>}
      </>
    );
  };

  /** Saves through `saving`, then attaches the document the form was filled from (unless staff unticked it). */
  const attachAfterSave = async (saving: Promise<ActionResult<{ id: number }>>): Promise<ActionResult<{ id: number }>> => {
    const result = await saving;
    if (result.ok && file.current && attach) {
      const sent = await postFile(`/api/v1/agreements/${result.data.id}/attachments`, file.current);
      attachFailed.current = !sent.ok;
    }
    return result;
  };

  return {
    state,
    read,
    hint,
    rows,
    organizations,
    attach,
    setAttach,
    attachAfterSave,
    /** Where to go after saving: the detail page says so when the file did not attach. */
    savedHref: (href: string) => (attachFailed.current ? `${href}?attachment=failed` : href),
  };
}
export type DocumentPrefill = ReturnType<typeof useDocumentPrefill>;
