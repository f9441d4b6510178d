import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OrganizationListItem } from "@/db/queries/organizations";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { otherRecordName, recordName } from "@/lib/i18n/record-name";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { PartyTypeBadge } from "./party-type-badge";

export async function PartyTable({ items, locale }: { items: OrganizationListItem[]; locale: string }) {
  const t = await getTranslations("parties");
  const moneyLocale = asMoneyLocale(locale);
  const th = "px-3 py-2 font-medium";
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-sm" data-testid="party-table">
        <thead className="bg-slate-50 text-left text-slate-500">
          <tr>
            <th scope="col" className={th}>{t("column.name")}</th>
            <th scope="col" className={th}>{t("column.shortName")}</th>
            <th scope="col" className={th}>{t("column.type")}</th>
            <th scope="col" className={th}>{t("column.city")}</th>
            <th scope="col" className={`${th} text-right`}>{t("column.agreements")}</th>
            <th scope="col" className={`${th} text-right`}>{t("column.signedValue")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link
                  href={`/parties/${o.id}`}
                  className="font-medium text-brand-700 hover:underline focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {recordName(locale, o.nameZh, o.nameEn)}
                </Link>
                {otherRecordName(locale, o.nameZh, o.nameEn) && (
                  <span className="mt-0.5 block text-xs text-slate-500" lang={locale === "en" ? "zh-CN" : "en"}>
                    {otherRecordName(locale, o.nameZh, o.nameEn)}
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{o.shortName ?? t("none")}</td>
              <td className="px-3 py-2"><PartyTypeBadge type={o.type} /></td>
              <td className="whitespace-nowrap px-3 py-2">{o.city ?? t("none")}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-right">{o.agreementCount}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-right" title={formatAmountExact(o.signedValue, moneyLocale)}>
                {formatAmount(o.signedValue, moneyLocale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
