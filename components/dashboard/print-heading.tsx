import { getTranslations } from "next-intl/server";
import type { RollupFilters } from "@/lib/domain/rollups";
import type { FilterNames } from "@/lib/dashboard/filter-text";
import type { Compare, Period } from "@/lib/dashboard/periods";
import { FilterParts } from "./filters-applied";

/**
 * Heads the printed brief only (the screen has the page title and the "covering" line): its own
 * title, the day it was printed in Beijing time, and each filter in force named as the form labels it.
 */
export async function PrintHeading({ filters, names, today, comparison, compare }: {
  filters: RollupFilters;
  names: FilterNames;
  today: string;
  comparison?: Period;
  compare: Compare;
}) {
  const t = await getTranslations();
  return (
    <header className="hidden border-b border-slate-300 pb-2 print:block" data-testid="print-heading">
      <div className="flex items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">{t("brief.title")}</h2>
        <p className="tabular text-sm text-slate-600" data-testid="print-date">{t("brief.printedOn", { date: today })}</p>
      </div>
      <p className="mt-1 text-sm" data-testid="print-filters">
        <span className="font-medium">{t("brief.filters")}</span>
        <FilterParts filters={filters} names={names} />
        {comparison && (
          <span className="ml-2 text-slate-600">{t("dashboard.comparedWith", { vs: t(`dashboard.vs.${compare}`), from: comparison.from, to: comparison.to })}</span>
        )}
      </p>
    </header>
  );
}
