import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { getDb } from "@/db/client";
import { getFilterNames } from "@/db/queries/reference-data";
import { getSummary } from "@/db/queries/summary";
import { scopeOf } from "@/lib/domain/rollups";
import { parseApiQuery, rollupFiltersOf } from "../_lib/params";
import { withApiUser } from "@/lib/auth/api";
import { forViewer } from "@/lib/validation/agreement-filters";
import { rollupLabel } from "@/lib/dashboard/dimensions";
import { describeFilters } from "@/lib/dashboard/filter-text";
import { summaryRows, type SummaryRow } from "@/lib/dashboard/summary";
import { resolveLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { changePercent } from "@/lib/ratios";
import { percentNumber } from "@/lib/dashboard/workbook";
import { countCell, headerCell, moneyCell, percentCell, textCell } from "@/lib/spreadsheets/xlsx-cells";

export const dynamic = "force-dynamic";

/**
 * The 占比/同比 summary (by category and by party type) for the dashboard's
 * filters, as JSON or, with `format=xlsx`, as the spreadsheet executives send upward.
 */
export const GET = withApiUser(async (req, user) => {
  const url = new URL(req.url);
  const db = await getDb();
  const query = await parseApiQuery(db, url.searchParams, ["format"]);
  if (!query.ok) return query.response;
  const filters = rollupFiltersOf(forViewer(query.filters, user.id));
  const locale = query.locale ?? (await resolveLocale());
  const t = await translatorFor(locale);
  const [summary, names] = await Promise.all([getSummary(db, filters), getFilterNames(db, filters)]);
  const { totals, totalsLastYear } = summary;
  const yoy = totalsLastYear ? changePercent(totals.signedValue, totalsLastYear.signedValue) : null;
  const categories = summaryRows(summary.byCategory, summary.categoryLastYear, totals.signedValue, (i) => rollupLabel("category", i, t, locale));
  const partyTypes = summaryRows(summary.byPartyType, summary.partyTypeLastYear, totals.signedValue, (i) => rollupLabel("partyType", i, t, locale));

  if (url.searchParams.get("format") !== "xlsx") {
    // Like /rollups, the echo spells out the status scope the figures cover.
    return Response.json({ filters: scopeOf(filters), count: totals.count, signedValue: totals.signedValue, yoy, byCategory: categories, byPartyType: partyTypes });
  }
  const header = [t("dashboard.item"), t("dashboard.count"), t("dashboard.value"), t("dashboard.share"), t("dashboard.yoy")].map(headerCell);
  // Exact money with two decimals and shares as numbers formatted as percent; every text cell neutralised.
  const yoyCell = (v: string | null) => (v === null ? textCell("—") : percentCell(percentNumber(v)));
  const line = (r: SummaryRow) => [textCell(r.label), countCell(r.count), moneyCell(r.signedValue), percentCell(percentNumber(r.share)), yoyCell(r.yoy)];
  const data: SheetData = [
    [headerCell(t("dashboard.summaryTitle"))],
    // What the figures cover, so a sheet sent upward cannot pass for the whole registry.
    [textCell(`${t("dashboard.filterInForce")}${describeFilters(filters, names, t, locale).join(" · ")}`)],
    header,
    [headerCell(t("dashboard.byCategory"))],
    ...categories.map(line),
    [headerCell(t("dashboard.total")), countCell(totals.count), moneyCell(totals.signedValue), percentCell(100), yoyCell(yoy)],
    [headerCell(t("dashboard.byPartyType"))],
    ...partyTypes.map(line),
    [textCell(t("dashboard.partyTypeNote"))],
  ];
  const buffer = await writeXlsxFile(data, { columns: [{ width: 28 }, { width: 10 }, { width: 20 }, { width: 10 }, { width: 10 }] }).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="accord-summary-${filters.from ?? "all"}-${filters.to ?? "all"}.xlsx"`,
    },
  });
});
