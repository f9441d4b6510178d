import { getLocale, getTranslations } from "next-intl/server";
import type { RollupFilters } from "@/lib/domain/rollups";
import { describeFilters, type FilterNames } from "@/lib/dashboard/filter-text";
import type { Compare, Period } from "@/lib/dashboard/periods";

/** One line saying which agreements the figures cover; on paper the print heading says it, each filter by its label. */
export async function FilterInForce({ filters, names, comparison, compare }: {
  filters: RollupFilters;
  names: FilterNames;
  comparison?: Period;
  compare: Compare;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const parts = describeFilters(filters, names, (key, values) => t(key as never, values as never), locale);
  return (
    <p className="filter-in-force rounded-md print:hidden bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="filter-in-force">
      <span className="font-medium">{t("dashboard.filterInForce")}</span>
      {parts.join(" · ")}
      {comparison && (
        <span className="ml-2 text-slate-600">
          {t("dashboard.comparedWith", { vs: t(`dashboard.vs.${compare}`), from: comparison.from, to: comparison.to })}
        </span>
      )}
      {!comparison && <span className="no-print ml-2 text-slate-600">{t("dashboard.pickRange")}</span>}
    </p>
  );
}
