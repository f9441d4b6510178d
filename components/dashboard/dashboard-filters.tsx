import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import type { RollupFilters } from "@/lib/domain/rollups";
import { AGREEMENT_STATUSES } from "@/lib/domain/enums";
import { COMPARES, type Compare } from "@/lib/dashboard/periods";
import { CategorySelect, EventSelect, FilterField, PartyTypeSelect, filterControl } from "@/components/forms/filter-controls";
import { KeptOption } from "@/components/forms/kept-option";

/** The dashboard's filters as a GET form, so every view is a URL that can be shared, reloaded and printed. */
export async function DashboardFilters({ filters, compare, categories, events }: {
  filters: RollupFilters;
  compare: Compare;
  categories: CategoryOption[];
  events: EventOption[];
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const field = (text: string, el: React.ReactNode, className?: string) => <FilterField label={text} className={className}>{el}</FilterField>;
  return (
    <form method="get" action="/" aria-label={t("dashboard.filters")} className="no-print mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-filters">
      <div className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-3">
        {field(t("filters.from"), <input type="date" name="from" defaultValue={filters.from ?? ""} className={filterControl} />)}
        {field(t("filters.to"), <input type="date" name="to" defaultValue={filters.to ?? ""} className={filterControl} />)}
        <CategorySelect filters={filters} categories={categories} testId="dashboard-category" />
        <EventSelect filters={filters} events={events} />
        <PartyTypeSelect filters={filters} />
        {field(t("agreements.status"), (
          <select name="status" defaultValue={filters.status?.join(",") ?? ""} className={filterControl}>
            <option value="">{t("dashboard.signedScope")}</option>
            <option value={AGREEMENT_STATUSES.join(",")}>{t("dashboard.withDrafts")}</option>
            {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            <KeptOption values={filters.status} options={[AGREEMENT_STATUSES.join(","), ...AGREEMENT_STATUSES]} label={(s) => t(`status.${s}`)} locale={locale} />
          </select>
        ))}
        {field(t("dashboard.compare"), (
          <select name="compare" defaultValue={compare} className={filterControl}>
            {COMPARES.map((c) => <option key={c} value={c}>{t(`dashboard.compareWith.${c}`)}</option>)}
          </select>
        ))}
      </div>
      {/* Filters this form has no control for (set by a drill-down or a shared link) survive Apply. */}
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      {filters.party && <input type="hidden" name="party" value={filters.party} />}
      {filters.minValue && <input type="hidden" name="minValue" value={filters.minValue} />}
      {filters.maxValue && <input type="hidden" name="maxValue" value={filters.maxValue} />}
      {filters.termEndFrom && <input type="hidden" name="termEndFrom" value={filters.termEndFrom} />}
      {filters.termEndTo && <input type="hidden" name="termEndTo" value={filters.termEndTo} />}
      {filters.overDelivered === "1" && <input type="hidden" name="overDelivered" value="1" />}
      <div className="mt-3 flex justify-end gap-2">
        <Link href="/" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">{t("filters.clear")}</Link>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="dashboard-apply">{t("filters.apply")}</button>
      </div>
    </form>
  );
}
