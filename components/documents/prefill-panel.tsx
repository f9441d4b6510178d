"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { secondaryButton } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { SourceLine } from "./prefill-source";
import type { DocumentPrefill, PrefillRow } from "./use-document-prefill";

/** The filled fields named in the form's order. */
const FIELD_ORDER = ["titleZh", "category", "signedOn", "termStart", "termEnd", "signedValue", "parties"];

/** PDF and Word only: a picture has no text to read. */
const ACCEPT = "application/pdf,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx";

/**
 * The "从文件填写" card above the agreement form: the button, what happened
 * (reading, the fields filled, no text layer …) and whether the document is
 * attached when the agreement is saved.
 */
export function PrefillPanel({ prefill }: { prefill: DocumentPrefill }) {
  const t = useTranslations("documents");
  const input = useRef<HTMLInputElement>(null);
  // Until React has taken over, a chosen file would go nowhere: the input waits.
  const ready = useHydrated();
  const { reading, failed, filled: last } = prefill.state;
  const filled = last ? FIELD_ORDER.filter((f) => last.fields.includes(f)) : [];
  const fieldList = filled.map((f) => t(`prefill.fields.${f}` as "prefill.fields.titleZh")).join(t("prefill.separator"));
  return (
    <section className="rounded-xl border border-sky-200 bg-sky-50/60 p-4" aria-labelledby="prefill-h" data-testid="prefill-panel">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <h2 id="prefill-h" className="text-base font-semibold text-slate-900">{t("prefill.title")}</h2>
          <p className="mt-0.5 text-sm text-slate-600">{t("prefill.hint")}</p>
        </div>
        <input ref={input} type="file" accept={ACCEPT} className="sr-only" tabIndex={-1} aria-hidden="true" data-testid="prefill-input" disabled={!ready}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = "";
            if (chosen) void prefill.read(chosen);
          }} />
        <button type="button" className={secondaryButton} disabled={reading !== null || !ready} onClick={() => input.current?.click()} data-testid="prefill-choose">
          {last ? t("prefill.chooseAnother") : t("prefill.choose")}
        </button>
      </div>
      <div aria-live="polite" className="mt-2 space-y-1.5 text-sm empty:hidden" data-testid="prefill-status">
        {reading && <p className="text-slate-600">{t("prefill.reading", { name: reading })}</p>}
        {failed && (
          <p role="alert" className="text-rose-700">
            {t("fileError", { name: failed.fileName, error: t.has(`errors.${failed.error}`) ? t(`errors.${failed.error}` as "errors.failed") : t("errors.failed") })}
          </p>
        )}
        {last && (
          <>
            <p className="text-slate-800">
              {filled.length ? t("prefill.filled", { name: last.fileName, count: filled.length }) : t("prefill.nothingFound", { name: last.fileName })}
              {fieldList && <span className="text-slate-500">{t("prefill.fieldList", { fields: fieldList })}</span>}
            </p>
            <label className="flex items-center gap-2 text-slate-700">
              <input type="checkbox" checked={prefill.attach} onChange={(e) => prefill.setAttach(e.target.checked)} className="accent-brand-700" data-testid="prefill-attach" />
              {t("prefill.attachOnSave", { name: last.fileName })}
            </label>
          </>
        )}
      </div>
    </section>
  );
}

/** Under a party row: the document's party for it, and a warning when the registry has no such organisation. */
export function PrefillPartyNote({ row, chosenId }: { row: PrefillRow | undefined; chosenId: number }) {
  const t = useTranslations("documents.prefill");
  if (!row) return null;
  if (!row.organizationId) {
    return (
      <p className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="prefill-party-missing">
        {t("partyNotFound", { role: row.role, name: row.name })}
      </p>
    );
  }
  return (
    <p className="mt-2 text-xs">
      <SourceLine tone={chosenId === row.organizationId ? "document" : "changed"} snippet={row.source} />
    </p>
  );
}
