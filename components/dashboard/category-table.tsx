import { getLocale, getTranslations } from "next-intl/server";
import type { RollupItem } from "@/db/queries/rollups";
import { pickLabel, asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact, toFen } from "@/lib/money";

/** Share in per cent with one decimal, computed on exact fen. */
export function sharePercent(part: string, total: string): string {
  const t = toFen(total);
  if (t === 0n) return "0.0%";
  const tenths = (toFen(part) * 1000n + t / 2n) / t;
  return `${tenths / 10n}.${tenths % 10n}%`;
}

export async function CategoryTable({ items, total }: { items: RollupItem[]; total: string }) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const moneyLocale = asMoneyLocale(locale);
  const max = items.reduce((m, i) => (toFen(i.signedValue) > m ? toFen(i.signedValue) : m), 0n);
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="by-category">
      <h2 id="by-category" className="mb-3 text-base font-semibold">
        {t("byCategory")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="category-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th scope="col" className="py-2 pr-3 font-medium">{t("category")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("count")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("value")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("share")}</th>
              <th scope="col" className="hidden w-1/3 py-2 sm:table-cell"><span className="sr-only">{t("share")}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const width = max === 0n ? 0 : Number((toFen(item.signedValue) * 1000n) / max) / 10;
              return (
                <tr key={item.key} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">{item.label ? pickLabel(item.label, locale) : item.key}</th>
                  <td className="tabular py-2 pr-3 text-right">{item.count}</td>
                  <td className="tabular py-2 pr-3 text-right" title={formatAmountExact(item.signedValue, moneyLocale)}>
                    {formatAmount(item.signedValue, moneyLocale)}
                  </td>
                  <td className="tabular py-2 pr-3 text-right">{sharePercent(item.signedValue, total)}</td>
                  <td className="hidden py-2 sm:table-cell" aria-hidden="true">
                    <div className="h-2 rounded-full bg-slate-100">
                      <div className="h-2 rounded-full bg-brand-600" style={{ width: `${width}%` }} />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
