"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveListColumnsAction } from "@/app/(app)/agreements/view-actions";
import { callAction } from "@/components/forms/use-zod-form";
import { listColumnsSchema } from "@/lib/validation/saved-view";
import { LIST_COLUMNS, type ListColumn } from "@/lib/validation/list-columns";
import { useListErrorText } from "./list-error-text";

/**
 * Which columns the list shows, remembered for the user: saving drops any
 * `cols` from the URL so the remembered choice is what the list shows.
 */
export function ColumnChooser({ shown, labels, query }: { shown: ListColumn[]; labels: Record<ListColumn, string>; query: string }) {
  const t = useTranslations("agreementList.columns");
  const errorText = useListErrorText();
  const router = useRouter();
  const [chosen, setChosen] = useState<ListColumn[]>(shown);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const toggle = (c: ListColumn) => setChosen((now) => (now.includes(c) ? now.filter((x) => x !== c) : LIST_COLUMNS.filter((x) => x === c || now.includes(x))));
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = listColumnsSchema.safeParse({ columns: chosen });
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    start(async () => {
      const result = await callAction(() => saveListColumnsAction(parsed.data));
      if (!result.ok) return setError(result.fieldErrors?.columns?.[0] ?? result.message ?? "failed");
      setError(null);
      const next = new URLSearchParams(query);
      next.delete("cols");
      router.push(next.size ? `/agreements?${next}` : "/agreements");
      router.refresh();
    });
  };
  return (
    <details className="relative" data-testid="column-chooser">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
        {t("button")}
      </summary>
      <form onSubmit={save} className="absolute right-0 z-10 mt-1 w-56 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <fieldset>
          <legend className="text-xs font-medium text-slate-700">{t("legend")}</legend>
          {LIST_COLUMNS.map((c) => (
            <label key={c} className="mt-1.5 flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" checked={chosen.includes(c)} onChange={() => toggle(c)} className="accent-brand-700" data-testid={`column-${c}`} />
              {labels[c]}
            </label>
          ))}
        </fieldset>
        {error && <p role="alert" className="mt-2 text-xs text-rose-700" data-testid="columns-error">{errorText(error)}</p>}
        <button type="submit" disabled={pending} className="mt-3 w-full rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60" data-testid="save-columns">
          {t("save")}
        </button>
      </form>
    </details>
  );
}
