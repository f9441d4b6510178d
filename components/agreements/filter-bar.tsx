import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import { AGREEMENT_STATUSES, SIGNED_STATUSES } from "@/lib/domain/enums";
import { PAGE_SIZES, SORTS, type AgreementFilters } from "@/lib/validation/agreement-filters";
import { CategorySelect, EventSelect, FilterField, PartyTypeSelect, filterControl } from "@/components/forms/filter-controls";
import { KeptOption } from "@/components/forms/kept-option";

/** The list's filters as a plain GET form: every view is a URL that can be shared and reloaded. */
export async function FilterBar({ filters, categories, events, partyName }: {
  filters: AgreementFilters;
  categories: CategoryOption[];
  events: EventOption[];
  partyName?: string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const label = (text: string, el: React.ReactNode, className?: string) => <FilterField label={text} className={className}>{el}</FilterField>;
  return (
    <form method="get" action="/agreements" role="search" aria-label={t("filters.label")} className="mb-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="filter-bar">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        {label(t("filters.q"), <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("filters.qPlaceholder")} className={filterControl} data-testid="filter-q" />, "sm:col-span-2")}
        <CategorySelect filters={filters} categories={categories} />
        {label(t("agreements.status"), (
          <select name="status" defaultValue={filters.status?.join(",") ?? ""} className={filterControl}>
            <option value="">{t("filters.all")}</option>
            <option value={SIGNED_STATUSES.join(",")}>{t("filters.allSigned")}</option>
            {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            <KeptOption values={filters.status} options={[SIGNED_STATUSES.join(","), ...AGREEMENT_STATUSES]} label={(s) => t(`status.${s}`)} locale={locale} />
          </select>
        ))}
        <EventSelect filters={filters} events={events} />
        <PartyTypeSelect filters={filters} />
        {label(t("filters.from"), <input name="from" type="date" defaultValue={filters.from ?? ""} className={filterControl} />)}
        {label(t("filters.to"), <input name="to" type="date" defaultValue={filters.to ?? ""} className={filterControl} />)}
        {label(t("filters.minValue"), <input name="minValue" defaultValue={filters.minValue ?? ""} placeholder={t("filters.minPlaceholder")} className={filterControl} />)}
        {label(t("filters.maxValue"), <input name="maxValue" defaultValue={filters.maxValue ?? ""} placeholder={t("filters.maxPlaceholder")} className={filterControl} />)}
        {label(t("filters.termEndFrom"), <input name="termEndFrom" type="date" defaultValue={filters.termEndFrom ?? ""} className={filterControl} />)}
        {label(t("filters.termEndTo"), <input name="termEndTo" type="date" defaultValue={filters.termEndTo ?? ""} className={filterControl} />)}
        {label(t("filters.sort"), (
          <select name="sort" defaultValue={filters.sort} className={filterControl}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`filters.sorts.${s}`)}</option>)}
          </select>
        ))}
        {label(t("filters.pageSize"), (
          <select name="pageSize" defaultValue={filters.pageSize} className={filterControl}>
            {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {filters.party && (
          <span className="inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
            <input type="hidden" name="party" value={filters.party} />
            {t("filters.party")}：{partyName ?? `#${filters.party}`}
          </span>
        )}
        {typeof filters.owner === "number" && <input type="hidden" name="owner" value={filters.owner} />}
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" name="owner" value="me" defaultChecked={filters.owner === "me"} className="accent-brand-700" data-testid="filter-mine" />
          {t("reminders.owner.mine")}
        </label>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" name="deleted" value="1" defaultChecked={filters.deleted === "1"} className="accent-brand-700" data-testid="filter-deleted" />
          {t("filters.deleted")}
        </label>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" name="overDelivered" value="1" defaultChecked={filters.overDelivered === "1"} className="accent-brand-700" data-testid="filter-over-delivered" />
          {t("stewardship.overDelivery.filter")}
        </label>
        <div className="ml-auto flex gap-2">
          <Link href="/agreements" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("filters.clear")}
          </Link>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="apply-filters">
            {t("filters.apply")}
          </button>
        </div>
      </div>
    </form>
  );
}
