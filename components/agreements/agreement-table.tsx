import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AgreementListItem } from "@/db/queries/agreements";
import { asMoneyLocale, pickLabel } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount } from "@/lib/money";
import { filtersToParams, type AgreementFilters } from "@/lib/validation/agreement-filters";
import { COLUMN_SORTS, DEFAULT_COLUMNS, nextSort, sortDirection, type ListColumn, type SortableColumn } from "@/lib/validation/list-columns";
import { StatusBadge } from "./status-badge";

type Cell = (a: AgreementListItem) => React.ReactNode;

/**
 * Agreements as a table (a card per agreement on a phone) with the given
 * columns. Given the list's filters, a sortable column's header is a link to
 * the same list sorted by it; without them (a party's or an event's page) the
 * headers are plain.
 */
export async function AgreementTable({ items, columns = [...DEFAULT_COLUMNS], filters }: {
  items: AgreementListItem[];
  columns?: ListColumn[];
  filters?: AgreementFilters;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  const format = await getFormatter();
  const title = (a: AgreementListItem) => recordName(locale, a.titleZh, a.titleEn);
  const value = (a: AgreementListItem) => (a.signedValue ? formatAmount(a.signedValue, money) : t("agreements.noValue"));
  const cells: Record<ListColumn, { label: string; cell: Cell; numeric?: boolean }> = {
    category: { label: t("agreements.category"), cell: (a) => pickLabel({ zh: a.categoryZh, zhHant: a.categoryZhHant, en: a.categoryEn }, locale) },
    status: { label: t("agreements.status"), cell: (a) => <StatusBadge status={a.status} /> },
    signedOn: { label: t("agreements.signedOn"), cell: (a) => a.signedOn ?? "—" },
    termEnd: { label: t("agreementList.column.termEnd"), cell: (a) => a.termEnd ?? "—" },
    value: {
      label: t("agreements.value"),
      numeric: true,
      cell: (a) => (
        <>
          {value(a)}
          {a.signedValue && <span className="block text-xs text-slate-500">{t(`valueKind.${a.valueKind}`)}</span>}
        </>
      ),
    },
    delivered: { label: t("agreementList.column.delivered"), numeric: true, cell: (a) => formatAmount(a.deliveredValue, money) },
    event: { label: t("agreements.event"), cell: (a) => a.eventNameZh ?? "—" },
    owner: { label: t("agreementList.column.owner"), cell: (a) => a.owner?.name ?? "—" },
  };
  const header = (key: ListColumn | "reference" | "title", label: string, numeric = false) => {
    const sortable = filters && key in COLUMN_SORTS ? (key as SortableColumn) : null;
    const direction = sortable && filters ? sortDirection(sortable, filters.sort) : undefined;
    const align = numeric ? "text-right" : "text-left";
    return (
      <th key={key} scope="col" aria-sort={direction} className={`whitespace-nowrap px-3 py-2 font-medium ${align}`}>
        {sortable && filters ? (
          <Link
            href={`/agreements?${filtersToParams({ ...filters, sort: nextSort(sortable, filters.sort), page: 1 })}`}
            className="inline-flex items-center gap-1 rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
            data-testid={`sort-${key}`}
          >
            {label}
            <span aria-hidden="true" className={direction ? "text-brand-700" : "text-slate-300"}>
              {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
            </span>
          </Link>
        ) : label}
      </th>
    );
  };
  const parties = (a: AgreementListItem) => format.list(a.parties.map((p) => recordName(locale, p.nameZh, p.nameEn)), { type: "conjunction", style: "narrow" });
  const titleLink = (a: AgreementListItem) => (
    <Link href={`/agreements/${a.id}`} className="font-medium text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
      {title(a)}
    </Link>
  );
  return (
    <>
      <ul className="space-y-2 sm:hidden" data-testid="agreement-cards">
        {items.map((a) => (
          <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm" data-testid="agreement-card">
            <div className="flex items-center justify-between gap-2 text-xs">
              <span className="tabular text-slate-600">{a.reference}</span>
              <StatusBadge status={a.status} />
            </div>
            <p className="mt-1">{titleLink(a)}</p>
            <p className="mt-0.5 text-xs text-slate-500">{parties(a)}</p>
            <div className="tabular mt-2 flex items-baseline justify-between gap-2 text-sm">
              <span className="font-medium text-slate-900">{value(a)}</span>
              <span className="text-slate-600">{columns.includes("termEnd") && a.termEnd ? `${t("agreementList.termEnd")} ${a.termEnd}` : (a.signedOn ?? "—")}</span>
            </div>
          </li>
        ))}
      </ul>
      <div className="relative hidden overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm sm:block">
        <table className="w-full text-sm" data-testid="agreement-table">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header("reference", t("agreements.reference"))}
              {header("title", t("agreements.titleCol"))}
              {columns.map((c) => header(c, cells[c].label, cells[c].numeric))}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} className="border-t border-slate-100 align-top">
                <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">{a.reference}</td>
                <td className="min-w-[14rem] px-3 py-2">
                  {titleLink(a)}
                  <span className="mt-0.5 block text-xs text-slate-500">{parties(a)}</span>
                </td>
                {columns.map((c) => (
                  <td key={c} className={`px-3 py-2 ${c === "event" ? "" : "whitespace-nowrap"} ${cells[c].numeric ? "tabular text-right" : c === "signedOn" || c === "termEnd" ? "tabular" : ""}`} data-column={c}>
                    {cells[c].cell(a)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
