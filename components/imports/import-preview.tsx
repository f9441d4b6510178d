"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";
import type { ImportAnswer } from "./import-types";

const TONE: Record<ImportAnswer["rows"][number]["action"], string> = {
  create: "bg-emerald-100 text-emerald-800",
  update: "bg-sky-100 text-sky-800",
  unchanged: "bg-slate-100 text-slate-700",
  error: "bg-rose-100 text-rose-800",
};

/** The preview (or the commit's outcome): counts, the exact sum, notes on columns and new parties, and every row. */
export function ImportPreview({ answer }: { answer: ImportAnswer }) {
  const t = useTranslations("spreadsheets");
  const money = asMoneyLocale(useLocale());
  const [errorsOnly, setErrorsOnly] = useState(answer.counts.error > 0);
  const rows = errorsOnly ? answer.rows.filter((r) => r.action === "error") : answer.rows;
  return (
    <section className="mt-6 space-y-4" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" className="sr-only">{t("preview")}</h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="import-counts">
        {(["create", "update", "unchanged", "error"] as const).map((k) => (
          <div key={k} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-500">{t(`counts.${k}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`count-${k}`}>{answer.counts[k]}</dd>
          </div>
        ))}
        <div className="col-span-2 rounded-lg border border-slate-200 bg-white px-3 py-2 sm:col-span-1">
          <dt className="text-xs text-slate-500">{t("signedValue")}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900" title={formatAmountExact(answer.signedValue, money)} data-testid="import-sum" data-value={answer.signedValue}>
            {formatAmount(answer.signedValue, money)}
          </dd>
        </div>
      </dl>
      {answer.unknownColumns.length > 0 && <p className="text-sm text-amber-800">{t("unknownColumns", { columns: answer.unknownColumns.join("、") })}</p>}
      {answer.repeatedColumns.length > 0 && <p className="text-sm text-amber-800">{t("repeatedColumns", { columns: answer.repeatedColumns.join("、") })}</p>}
      {answer.newParties.length > 0 && <p className="text-sm text-slate-700" data-testid="new-parties">{t("newParties", { names: answer.newParties.join("、") })}</p>}
      {answer.counts.error > 0 && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} className="accent-brand-700" />
          {t("showErrorsOnly")}
        </label>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="import-rows">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("table.row")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("table.reference")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("table.action")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("table.problems")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.row} data-testid={`import-row-${r.row}`} className="align-top">
                <td className="px-3 py-2 tabular-nums text-slate-500">{r.row}</td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-800">{r.reference || "—"}</td>
                <td className="px-3 py-2">
                  <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${TONE[r.action]}`}>{t(`counts.${r.action}`)}</span>
                </td>
                <td className="px-3 py-2 text-rose-800">
                  <ul className="space-y-0.5">
                    {r.errors.map((e, i) => (
                      <li key={i}>{e.column ? t("rowError", { row: r.row, column: e.column, message: e.message }) : e.message}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
