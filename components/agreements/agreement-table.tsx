import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AgreementListItem } from "@/db/queries/agreements";
import { asMoneyLocale, pickLabel } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount } from "@/lib/money";
import { StatusBadge } from "./status-badge";

export async function AgreementTable({ items }: { items: AgreementListItem[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const moneyLocale = asMoneyLocale(locale);
  const format = await getFormatter();
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[52rem] text-sm" data-testid="agreement-table">
        <thead className="bg-slate-50 text-left text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("agreements.reference")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("agreements.titleCol")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("agreements.category")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("agreements.status")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("agreements.signedOn")}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">{t("agreements.value")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-t border-slate-100 align-top">
              <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">{a.reference}</td>
              <td className="px-3 py-2">
                <Link href={`/agreements/${a.id}`} className="font-medium text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                  {recordName(locale, a.titleZh, a.titleEn)}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-500">{format.list(a.parties.map((p) => recordName(locale, p.nameZh, p.nameEn)), { type: "conjunction", style: "narrow" })}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{pickLabel({ zh: a.categoryZh, zhHant: a.categoryZhHant, en: a.categoryEn }, locale)}</td>
              <td className="px-3 py-2"><StatusBadge status={a.status} /></td>
              <td className="tabular whitespace-nowrap px-3 py-2">{a.signedOn ?? "—"}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-right">
                {a.signedValue ? formatAmount(a.signedValue, moneyLocale) : t("agreements.noValue")}
                {a.signedValue && <span className="block text-xs text-slate-500">{t(`valueKind.${a.valueKind}`)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
