import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RollupItem } from "@/lib/domain/rollups";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact, toFen } from "@/lib/money";
import { sharePercent } from "@/lib/ratios";
import { RollupChart, type ChartDatum } from "./rollup-chart";

export interface PanelRow {
  item: RollupItem;
  label: string;
  href: string;
}

/** Money as a plotting number in the locale's chart unit: 亿元 for Chinese, CNY bn for English. */
export function plotValue(decimal: string, locale: string): number {
  const perUnit = locale === "en" ? 100_000_000_000n : 10_000_000_000n;
  return Number((toFen(decimal) * 100n) / perUnit) / 100;
}

/**
 * One rollup as a chart beside its figures table. Every figure links to the
 * agreements list filtered to exactly the agreements behind it.
 */
export async function RollupPanel({
  id,
  title,
  note,
  rows,
  total,
  kind = "bar",
  delivered = false,
  valueKinds = false,
  printable = false,
  wide = false,
  height,
  omitZeroRows = false,
}: {
  id: string;
  title: string;
  note?: string;
  rows: PanelRow[];
  total?: string;
  kind?: "bar" | "hbar" | "columns";
  delivered?: boolean;
  /** Adds 合同金额 / 意向金额 columns so binding and intended value are read apart. */
  valueKinds?: boolean;
  /** Kept on the one-page printed brief. */
  printable?: boolean;
  /** A full-width panel puts its table beside the chart, unless the table is the wide value-kinds one; a half-width one below it. */
  wide?: boolean;
  height?: number;
  /** Rows worth nothing stay in the chart but leave the table, which names how many (twenty empty months are no figures). */
  omitZeroRows?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const tChart = await getTranslations("charts");
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  // The seven-column table (with 合同/意向 columns) never fits beside a chart; it goes below.
  const beside = wide && !valueKinds;
  const tableRows = omitZeroRows ? rows.filter((r) => r.item.count > 0 || toFen(r.item.signedValue) !== 0n) : rows;
  const data: ChartDatum[] = rows.map((r) => ({
    label: r.label,
    href: r.href,
    signed: plotValue(r.item.signedValue, locale),
    signedText: formatAmount(r.item.signedValue, money),
    ...(delivered ? { delivered: plotValue(r.item.deliveredValue, locale), deliveredText: formatAmount(r.item.deliveredValue, money) } : {}),
  }));
  return (
    <section className={`panel ${printable ? "print-keep" : "print-hide"} rounded-xl border border-slate-200 bg-white p-5 shadow-sm`} aria-labelledby={`${id}-title`} data-testid={`panel-${id}`}>
      <h2 id={`${id}-title`} className="text-base font-semibold">{title}</h2>
      {note && <p className="mt-0.5 text-xs text-slate-500">{note}</p>}
      {rows.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{t("noData")}</p>
      ) : (
        <div className={`mt-3 grid gap-4 ${beside ? "xl:grid-cols-5" : ""}`}>
          <div className={`min-w-0 ${beside ? "xl:col-span-3" : ""}`}>
            <RollupChart
              data={data}
              kind={kind}
              seriesNames={{ signed: t("signedValue"), delivered: delivered ? t("deliveredValue") : undefined }}
              height={height ?? 220}
              testId={`chart-${id}`}
            />
          </div>
          <div className={`relative min-w-0 overflow-x-auto ${beside ? "xl:col-span-2" : ""}`}>
            <table className="w-full text-sm" data-testid={`table-${id}`}>
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <th scope="col" className="py-1.5 pr-2 font-medium">{t("item")}</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t("count")}</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t("value")}</th>
                  {valueKinds && <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t("binding")}</th>}
                  {valueKinds && <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t("intended")}</th>}
                  {delivered && <th scope="col" className="py-1.5 pr-2 text-right font-medium">{t("deliveredValue")}</th>}
                  {total && <th scope="col" className="py-1.5 text-right font-medium">{t("share")}</th>}
                </tr>
              </thead>
              <tbody>
                {tableRows.map((r) => (
                  <tr key={r.item.key} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="min-w-[8rem] py-1.5 pr-2 text-left font-normal">
                      <Link href={r.href} className="text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="drill-link">
                        {r.label}
                      </Link>
                    </th>
                    <td className="tabular py-1.5 pr-2 text-right">{r.item.count}</td>
                    <td className="tabular whitespace-nowrap py-1.5 pr-2 text-right" title={formatAmountExact(r.item.signedValue, money)} data-testid="figure-value">
                      {formatAmount(r.item.signedValue, money)}
                    </td>
                    {valueKinds && <td className="tabular whitespace-nowrap py-1.5 pr-2 text-right">{formatAmount(r.item.bindingValue, money)}</td>}
                    {valueKinds && <td className="tabular whitespace-nowrap py-1.5 pr-2 text-right">{formatAmount(r.item.intendedValue, money)}</td>}
                    {delivered && <td className="tabular whitespace-nowrap py-1.5 pr-2 text-right">{formatAmount(r.item.deliveredValue, money)}</td>}
                    {total && <td className="tabular py-1.5 text-right">{sharePercent(r.item.signedValue, total)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            {tableRows.length < rows.length && (
              <p className="mt-1 text-xs text-slate-500" data-testid={`omitted-${id}`}>{tChart("emptyRows", { count: rows.length - tableRows.length })}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
