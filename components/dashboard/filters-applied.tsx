import { Fragment } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RollupFilters } from "@/lib/domain/rollups";
import { labelledFilters, type FilterNames } from "@/lib/dashboard/filter-text";

/** "label: value" for each filter in force, each named as the filter form labels it. */
export async function FilterParts({ filters, names }: { filters: RollupFilters; names: FilterNames }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const parts = labelledFilters(filters, names, (key, values) => t(key as never, values as never), locale);
  return parts.map((p, i) => (
    <Fragment key={p.label}>
      {i > 0 && <span aria-hidden="true" className="text-slate-400"> · </span>}
      <span>{p.value ? t("brief.part", p) : p.label}</span>
    </Fragment>
  ));
}

/** The line above a counted parties or events list: what it covers, and a link back to the whole list. */
export async function FiltersApplied({ filters, names, note, clearHref }: { filters: RollupFilters; names: FilterNames; note: string; clearHref: string }) {
  const t = await getTranslations("brief");
  return (
    <div className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="filters-applied">
      <p>
        <span className="font-medium">{t("filtered")}</span>
        <FilterParts filters={filters} names={names} />
        <Link href={clearHref} className="ml-3 whitespace-nowrap text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="filters-clear">
          {t("clear")}
        </Link>
      </p>
      <p className="mt-1 text-xs text-slate-600">{note}</p>
    </div>
  );
}
