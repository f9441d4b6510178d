import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ExpiringList } from "@/components/dashboard/expiring-list";
import { FilterInForce } from "@/components/dashboard/filter-in-force";
import { KpiCard } from "@/components/dashboard/kpi-card";
import { withAmounts } from "@/components/ui/amount";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintHeading } from "@/components/dashboard/print-heading";
import { RollupPanel } from "@/components/dashboard/rollup-panel";
import { SummaryTable } from "@/components/dashboard/summary-table";
import { DashboardReminders } from "@/components/reminders/dashboard-reminders";
import { getDb } from "@/db/client";
import { getDashboard } from "@/db/queries/dashboard";
import { getFilterNames, listCategories, listEventOptions } from "@/db/queries/reference-data";
import type { RollupItem } from "@/lib/domain/rollups";
import { requireSession } from "@/lib/auth/guard";
import { rollupHref, rollupLabel, type Dimension } from "@/lib/dashboard/dimensions";
import { countedHref, expiringHrefs, listHref } from "@/lib/dashboard/drilldown";
import { dashboardParams } from "@/lib/dashboard/params";
import { summaryRows } from "@/lib/dashboard/summary";
import { todayInShanghai } from "@/lib/dates";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { changePercent, sharePercent } from "@/lib/ratios";
import { filtersToParams } from "@/lib/validation/agreement-filters";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { withEmptyMonths } from "@/lib/dashboard/months";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requireSession();
  const { filters, compare, ignored } = dashboardParams(await searchParams);
  const db = await getDb();
  const today = todayInShanghai();
  const [d, categories, events, names] = await Promise.all([
    getDashboard(db, filters, { compare, today }),
    listCategories(db, { withRetired: true }),
    listEventOptions(db),
    getFilterNames(db, filters),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  const tr = (key: string) => t(key as never);
  const rows = (dim: Dimension, items: RollupItem[]) =>
    items.map((item) => ({ item, label: rollupLabel(dim, item, tr, locale), href: rollupHref(dim, item, filters) }));
  const all = listHref(filters);
  const change = (cur: string | number, prev: string | number | undefined) => (d.previous ? changePercent(cur, prev ?? 0) : undefined);
  const changeLabel = d.comparison ? t(`dashboard.vs.${compare}`) : undefined;
  const summary = (dim: Dimension, items: RollupItem[], lastYear: RollupItem[] | undefined) =>
    summaryRows(items, lastYear, d.totals.signedValue, (i) => rollupLabel(dim, i, tr, locale)).map((r, i) => ({ ...r, href: rollupHref(dim, items[i], filters) }));
  const exportParams = filtersToParams(filters);
  exportParams.set("format", "xlsx");

  return (
    <div className="dashboard space-y-6">
      <PrintHeading filters={filters} names={names} today={today} comparison={d.comparison} compare={compare} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight print:hidden">{t("dashboard.title")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t(filters.status?.length ? "dashboard.basisChosen" : "dashboard.basis")}</p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <a href={`/api/v1/dashboard/workbook?${filtersToParams(filters)}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="dashboard-workbook" download>
            {t("spreadsheets.workbook.download")}
          </a>
          <PrintButton label={t("dashboard.print")} />
        </div>
      </div>
      <DashboardReminders />
      <DashboardFilters filters={filters} compare={compare} categories={categories} events={events} />
      <IgnoredParams params={ignored} />
      <FilterInForce filters={filters} names={names} comparison={d.comparison} compare={compare} />

      <div className="kpis grid gap-4 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
        <KpiCard label={t("dashboard.signedCount")} value={t("dashboard.countUnit", { count: d.totals.count })} href={all} testId="kpi-count"
          change={change(d.totals.count, d.previous?.count)} changeLabel={changeLabel} />
        <KpiCard label={t("dashboard.signedValue")} value={formatAmount(d.totals.signedValue, money)} href={all} testId="kpi-signed-value"
          detail={withAmounts((v) => t("dashboard.bindingIntended", v), { binding: formatAmount(d.totals.bindingValue, money), intended: formatAmount(d.totals.intendedValue, money) })}
          change={change(d.totals.signedValue, d.previous?.signedValue)} changeLabel={changeLabel} />
        <KpiCard label={t("dashboard.deliveredValue")} value={formatAmount(d.totals.deliveredValue, money)} href={all} testId="kpi-delivered"
          detail={t("dashboard.deliveredShare", { share: sharePercent(d.totals.deliveredValue, d.totals.signedValue) })}
          change={change(d.totals.deliveredValue, d.previous?.deliveredValue)} changeLabel={changeLabel} />
        <KpiCard label={t("dashboard.partiesCount")} value={t("dashboard.partiesUnit", { count: d.totals.parties })} href={countedHref("parties", filters)} testId="kpi-parties"
          change={change(d.totals.parties, d.previous?.parties)} changeLabel={changeLabel} />
        <KpiCard label={t("dashboard.eventsCount")} value={t("dashboard.eventsUnit", { count: d.totals.events })} href={countedHref("events", filters)} testId="kpi-events"
          change={change(d.totals.events, d.previous?.events)} changeLabel={changeLabel} />
        <KpiCard label={t("stewardship.overDelivery.kpi")} value={t("dashboard.countUnit", { count: d.overDelivered })} href={listHref(filters, { overDelivered: "1" })}
          testId="kpi-over-delivered" detail={t("stewardship.overDelivery.kpiDetail")} />
      </div>
      <p className="tabular text-xs text-slate-500" data-testid="kpi-exact">{t("dashboard.exactTotal", { value: formatAmountExact(d.totals.signedValue, money) })}</p>

      {d.totals.count === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="dashboard-empty">{t("dashboard.empty")}</p>
      ) : (
        <>
          <RollupPanel id="category" title={t("dashboard.byCategory")} rows={rows("category", d.byCategory)} total={d.totals.signedValue} delivered valueKinds printable wide />
          <div className="print-pair grid gap-6 xl:grid-cols-2">
            <RollupPanel id="partyType" title={t("dashboard.byPartyType")} note={t("dashboard.partyTypeNote")} rows={rows("partyType", d.byPartyType)} kind="hbar" printable />
            <RollupPanel id="month" title={t("dashboard.byMonth")} note={t("dashboard.monthNote")} rows={rows("month", withEmptyMonths(d.byMonth))} kind="columns" omitZeroRows printable />
          </div>
          <div className="grid gap-6 xl:grid-cols-2">
            <RollupPanel id="event" title={t("dashboard.byEvent")} rows={rows("event", d.byEvent)} total={d.totals.signedValue} kind="hbar" />
            <RollupPanel id="status" title={t("dashboard.byStatus")} rows={rows("status", d.byStatus)} total={d.totals.signedValue} />
          </div>
          <RollupPanel id="topParties" title={t("dashboard.topParties")} note={t("dashboard.topPartiesNote")} rows={rows("party", d.top)} kind="hbar" delivered wide />
          <ExpiringList terms={d.expiring} hrefs={expiringHrefs(filters, today)} />
          <SummaryTable
            byCategory={summary("category", d.byCategory, d.categoryLastYear)}
            byPartyType={summary("partyType", d.byPartyType, d.partyTypeLastYear)}
            totalValue={d.totals.signedValue}
            totalCount={d.totals.count}
            totalYoy={d.totalsLastYear ? changePercent(d.totals.signedValue, d.totalsLastYear.signedValue) : null}
            hasYoy={Boolean(d.lastYear)}
            exportHref={`/api/v1/summary?${exportParams}`}
          />
        </>
      )}
    </div>
  );
}
