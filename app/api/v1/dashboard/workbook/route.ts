import writeXlsxFile from "write-excel-file/node";
import { getDb } from "@/db/client";
import { getFilterNames } from "@/db/queries/reference-data";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { withApiUser } from "@/lib/auth/api";
import { rollupLabel, type Dimension } from "@/lib/dashboard/dimensions";
import { describeFilters } from "@/lib/dashboard/filter-text";
import { dashboardWorkbook } from "@/lib/dashboard/workbook";
import { resolveLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { XLSX_TYPE } from "@/lib/spreadsheets/xlsx-cells";
import { parseApiQuery, rollupFiltersOf } from "../../_lib/params";

export const dynamic = "force-dynamic";

/**
 * `GET /api/v1/dashboard/workbook?<dashboard filters>`: the dashboard as one
 * XLSX workbook, the filters in force and totals on the first sheet, a sheet
 * per rollup. Session or read token.
 */
export const GET = withApiUser(async (req) => {
  const db = await getDb();
  const query = await parseApiQuery(db, new URL(req.url).searchParams);
  if (!query.ok) return query.response;
  // Unscoped, like the summary: the queries apply the signed scope, and the cover sheet says 已签约（不含草拟）.
  const filters = rollupFiltersOf(query.filters);
  const locale = query.locale ?? (await resolveLocale());
  const t = await translatorFor(locale);
  const [totals, byCategory, byPartyType, byEvent, byMonth, byStatus, parties, names] = await Promise.all([
    getTotals(db, filters),
    rollupByCategory(db, filters),
    rollupByPartyType(db, filters),
    rollupByEvent(db, filters),
    rollupByMonth(db, filters),
    rollupByStatus(db, filters),
    topParties(db, filters),
    getFilterNames(db, filters),
  ]);
  const label = (dim: Dimension) => (item: Parameters<typeof rollupLabel>[1]) => rollupLabel(dim, item, t, locale);
  const exportedAt = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }).format(new Date());
  const sheets = dashboardWorkbook(
    t,
    { filters: describeFilters(filters, names, t, locale).join(" · "), exportedAt, ...totals },
    [
      { title: t("dashboard.byCategory"), items: byCategory, label: label("category") },
      { title: t("dashboard.byPartyType"), items: byPartyType, label: label("partyType"), note: t("dashboard.partyTypeNote") },
      { title: t("dashboard.byEvent"), items: byEvent, label: label("event") },
      { title: t("dashboard.byMonth"), items: byMonth, label: label("month"), note: t("dashboard.monthNote") },
      { title: t("dashboard.byStatus"), items: byStatus, label: label("status") },
      { title: t("dashboard.topParties"), items: parties, label: label("party"), note: t("dashboard.topPartiesNote") },
    ],
  );
  const buffer = await writeXlsxFile(sheets.map((s) => ({ data: s.data, sheet: s.sheet, columns: s.columns }))).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: { "content-type": XLSX_TYPE, "content-disposition": `attachment; filename="accord-dashboard-${filters.from ?? "all"}-${filters.to ?? "all"}.xlsx"`, "cache-control": "no-store" },
  });
});
