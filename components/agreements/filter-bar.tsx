import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import { AGREEMENT_STATUSES, PARTY_TYPES } from "@/db/schema";
import { categoryLabeler, pickLabel } from "@/lib/i18n/labels";
import { SIGNED_STATUSES } from "@/lib/dashboard/scope";
import { PAGE_SIZES, SORTS, type AgreementFilters } from "@/lib/validation/agreement-filters";
import { KeptOption } from "@/components/forms/kept-option";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

/** The list's filters as a plain GET form: every view is a URL that can be shared and reloaded. */
export async function FilterBar({ filters, categories, events, partyName }: {
  filters: AgreementFilters;
  categories: CategoryOption[];
  events: EventOption[];
  partyName?: string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const categoryLabel = categoryLabeler(categories, locale);
  const label = (text: string, el: React.ReactNode, cls = "") => (
    <label className={`block text-xs font-medium text-slate-600 ${cls}`}>
      {text}
      <span className="mt-1 block">{el}</span>
    </label>
  );
  return (
    <form method="get" action="/agreements" role="search" aria-label={t("filters.label")} className="mb-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="filter-bar">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        {label(t("filters.q"), <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("filters.qPlaceholder")} className={control} data-testid="filter-q" />, "sm:col-span-2")}
        {label(t("agreements.category"), (
          <select name="category" defaultValue={filters.category?.join(",") ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {categories.map((c) => <option key={c.key} value={c.key}>{pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale)}</option>)}
            <KeptOption values={filters.category} options={categories.map((c) => c.key)} label={categoryLabel} locale={locale} />
          </select>
        ))}
        {label(t("agreements.status"), (
          <select name="status" defaultValue={filters.status?.join(",") ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            <option value={SIGNED_STATUSES.join(",")}>{t("filters.allSigned")}</option>
            {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            <KeptOption values={filters.status} options={[SIGNED_STATUSES.join(","), ...AGREEMENT_STATUSES]} label={(s) => t(`status.${s}`)} locale={locale} />
          </select>
        ))}
        {label(t("agreements.event"), (
          <select name="event" defaultValue={filters.event ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            <option value="none">{t("dashboard.noEvent")}</option>
            {events.map((e) => <option key={e.id} value={e.id}>{e.heldOn} {e.nameZh}</option>)}
          </select>
        ))}
        {label(t("filters.partyType"), (
          <select name="partyType" defaultValue={filters.partyType?.join(",") ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {PARTY_TYPES.map((p) => <option key={p} value={p}>{t(`partyType.${p}`)}</option>)}
            <KeptOption values={filters.partyType} options={PARTY_TYPES} label={(p) => t(`partyType.${p}`)} locale={locale} />
          </select>
        ))}
        {label(t("filters.from"), <input name="from" type="date" defaultValue={filters.from ?? ""} className={control} />)}
        {label(t("filters.to"), <input name="to" type="date" defaultValue={filters.to ?? ""} className={control} />)}
        {label(t("filters.minValue"), <input name="minValue" defaultValue={filters.minValue ?? ""} placeholder={t("filters.minPlaceholder")} className={control} />)}
        {label(t("filters.maxValue"), <input name="maxValue" defaultValue={filters.maxValue ?? ""} placeholder={t("filters.maxPlaceholder")} className={control} />)}
        {label(t("filters.termEndFrom"), <input name="termEndFrom" type="date" defaultValue={filters.termEndFrom ?? ""} className={control} />)}
        {label(t("filters.termEndTo"), <input name="termEndTo" type="date" defaultValue={filters.termEndTo ?? ""} className={control} />)}
        {label(t("filters.sort"), (
          <select name="sort" defaultValue={filters.sort} className={control}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`filters.sorts.${s}`)}</option>)}
          </select>
        ))}
        {label(t("filters.pageSize"), (
          <select name="pageSize" defaultValue={filters.pageSize} className={control}>
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
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" name="deleted" value="1" defaultChecked={filters.deleted === "1"} className="accent-brand-700" data-testid="filter-deleted" />
          {t("filters.deleted")}
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
