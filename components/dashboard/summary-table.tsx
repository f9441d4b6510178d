import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SummaryRow } from "@/lib/dashboard/summary";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { toSummaryFigure } from "@/lib/money";

/** The government-style table executives send upward: count, 亿元 (CNY bn in English), 占比, 同比 by category and by party type. */
export async function SummaryTable({ byCategory, byPartyType, totalValue, totalCount, totalYoy, hasYoy, exportHref }: {
  byCategory: (SummaryRow & { href: string })[];
  byPartyType: (SummaryRow & { href: string })[];
  /** Exact yuan. */
  totalValue: string;
  totalCount: number;
  /** 同比 of the total signed value; null without a date range. */
  totalYoy: string | null;
  hasYoy: boolean;
  exportHref: string;
}) {
  const t = await getTranslations("dashboard");
  const tUi = await getTranslations("ui.summary");
  const money = asMoneyLocale(await getLocale());
  const section = (title: string, rows: (SummaryRow & { href: string })[], withTotal: boolean) => (
    <>
      <tr className="bg-slate-50">
        <th colSpan={5} scope="colgroup" className="px-3 py-1.5 text-left text-xs font-semibold text-slate-600">{title}</th>
      </tr>
      {rows.map((r) => (
        <tr key={r.key} className="border-t border-slate-100">
          <th scope="row" className="px-3 py-1.5 text-left font-normal">
            <Link href={r.href} className="text-brand-800 hover:underline">{r.label}</Link>
          </th>
          <td className="tabular px-3 py-1.5 text-right">{r.count}</td>
          <td className="tabular px-3 py-1.5 text-right">{toSummaryFigure(r.signedValue, money)}</td>
          <td className="tabular px-3 py-1.5 text-right">{r.share}</td>
          <td className="tabular px-3 py-1.5 text-right">{r.yoy ?? "—"}</td>
        </tr>
      ))}
      {withTotal && (
        <tr className="border-t border-slate-300 font-medium">
          <th scope="row" className="px-3 py-1.5 text-left">{t("total")}</th>
          <td className="tabular px-3 py-1.5 text-right">{totalCount}</td>
          <td className="tabular px-3 py-1.5 text-right">{toSummaryFigure(totalValue, money)}</td>
          <td className="tabular px-3 py-1.5 text-right">100.0%</td>
          <td className="tabular px-3 py-1.5 text-right" data-testid="summary-total-yoy">{totalYoy ?? "—"}</td>
        </tr>
      )}
    </>
  );
  return (
    <section className="panel rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="summary-title" data-testid="summary-table">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="summary-title" className="text-base font-semibold">{t("summaryTitle")}</h2>
          <p className="text-xs text-slate-500">{hasYoy ? t("summaryNote") : t("summaryNoYoy")}</p>
        </div>
        <a href={exportHref} className="no-print rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="export-xlsx">
          {t("exportXlsx")}
        </a>
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[32rem] text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-500">
              <th scope="col" className="px-3 py-1.5 text-left font-medium">{t("item")}</th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">{t("count")}</th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">{tUi("value")}</th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">{t("share")}</th>
              <th scope="col" className="px-3 py-1.5 text-right font-medium">{t("yoy")}</th>
            </tr>
          </thead>
          <tbody>
            {section(t("byCategory"), byCategory, true)}
            {section(t("byPartyTypeShort"), byPartyType, false)}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-500">{t("partyTypeNote")}</p>
    </section>
  );
}
