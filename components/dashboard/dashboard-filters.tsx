import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import type { RollupFilters } from "@/db/queries/rollups";
import { AGREEMENT_STATUSES, PARTY_TYPES } from "@/db/schema";
import { COMPARES, type Compare } from "@/lib/dashboard/periods";
import { categoryLabeler, pickLabel } from "@/lib/i18n/labels";
import { KeptOption } from "@/components/forms/kept-option";

const control = "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

/** The dashboard's filters as a GET form, so every view is a URL that can be shared, reloaded and printed. */
export async function DashboardFilters({ filters, compare, categories, events }: {
  filters: RollupFilters;
  compare: Compare;
  categories: CategoryOption[];
  events: EventOption[];
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const categoryLabel = categoryLabeler(categories, locale);
  const field = (label: string, el: React.ReactNode) => (
    <label className="block text-xs font-medium text-slate-600">
      {label}
      <span className="mt-1 block">{el}</span>
    </label>
  );
  return (
    <form method="get" action="/" aria-label={t("dashboard.filters")} className="no-print mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-filters">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7">
        {field(t("filters.from"), <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />)}
        {field(t("filters.to"), <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />)}
        {field(t("agreements.category"), (
          <select name="category" defaultValue={filters.category?.join(",") ?? ""} className={control} data-testid="dashboard-category">
            <option value="">{t("filters.all")}</option>
            {categories.map((c) => <option key={c.key} value={c.key}>{pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale)}</option>)}
            <KeptOption values={filters.category} options={categories.map((c) => c.key)} label={categoryLabel} locale={locale} />
          </select>
        ))}
        {field(t("agreements.event"), (
          <select name="event" defaultValue={filters.event ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            <option value="none">{t("dashboard.noEvent")}</option>
            {events.map((e) => <option key={e.id} value={e.id}>{e.heldOn} {e.nameZh}</option>)}
          </select>
        ))}
        {field(t("filters.partyType"), (
          <select name="partyType" defaultValue={filters.partyType?.join(",") ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {PARTY_TYPES.map((p) => <option key={p} value={p}>{t(`partyType.${p}`)}</option>)}
            <KeptOption values={filters.partyType} options={PARTY_TYPES} label={(p) => t(`partyType.${p}`)} locale={locale} />
          </select>
        ))}
        {field(t("agreements.status"), (
          <select name="status" defaultValue={filters.status?.join(",") ?? ""} className={control}>
            <option value="">{t("dashboard.signedScope")}</option>
            <option value={AGREEMENT_STATUSES.join(",")}>{t("dashboard.withDrafts")}</option>
            {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            <KeptOption values={filters.status} options={[AGREEMENT_STATUSES.join(","), ...AGREEMENT_STATUSES]} label={(s) => t(`status.${s}`)} locale={locale} />
          </select>
        ))}
        {field(t("dashboard.compare"), (
          <select name="compare" defaultValue={compare} className={control}>
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
      <div className="mt-3 flex justify-end gap-2">
        <Link href="/" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">{t("filters.clear")}</Link>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="dashboard-apply">{t("filters.apply")}</button>
      </div>
    </form>
  );
}
