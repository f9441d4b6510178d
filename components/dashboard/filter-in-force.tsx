import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import type { RollupFilters } from "@/db/queries/rollups";
import type { Compare, Period } from "@/lib/dashboard/periods";
import { pickLabel } from "@/lib/i18n/labels";

/** One line saying which agreements the figures cover; it heads the printed brief too. */
export async function FilterInForce({ filters, categories, events, comparison, compare }: {
  filters: RollupFilters;
  categories: CategoryOption[];
  events: EventOption[];
  comparison?: Period;
  compare: Compare;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const format = await getFormatter();
  const parts: string[] = [];
  if (filters.from || filters.to) parts.push(`${filters.from ?? "…"} ~ ${filters.to ?? "…"}`);
  for (const key of filters.category ?? []) {
    const c = categories.find((x) => x.key === key);
    parts.push(c ? pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale) : key);
  }
  if (filters.event) parts.push(filters.event === "none" ? t("dashboard.noEvent") : events.find((e) => e.id === filters.event)?.nameZh ?? `#${filters.event}`);
  for (const p of filters.partyType ?? []) parts.push(t(`partyType.${p}`));
  parts.push(filters.status?.length ? format.list(filters.status.map((s) => t(`status.${s}`)), { type: "disjunction" }) : t("dashboard.signedScope"));
  if (filters.q) parts.push(`“${filters.q}”`);
  return (
    <p className="filter-in-force rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="filter-in-force">
      <span className="font-medium">{t("dashboard.filterInForce")}</span>
      {parts.join(" · ")}
      {comparison && (
        <span className="ml-2 text-slate-600">
          {t("dashboard.comparedWith", { vs: t(`dashboard.vs.${compare}`), from: comparison.from, to: comparison.to })}
        </span>
      )}
      {!comparison && <span className="no-print ml-2 text-slate-500">{t("dashboard.pickRange")}</span>}
    </p>
  );
}
