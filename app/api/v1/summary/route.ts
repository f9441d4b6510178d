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
import { toYiString } from "@/lib/money";
import { changePercent } from "@/lib/ratios";

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
  const header = [t("dashboard.item"), t("dashboard.count"), t("dashboard.valueYi"), t("dashboard.share"), t("dashboard.yoy")].map((value) => ({
    value,
    fontWeight: "bold" as const,
  }));
  const line = (r: SummaryRow) => [
    { value: r.label },
    { value: r.count },
    { value: Number(r.yi), format: "0.00" },
    { value: r.share },
    { value: r.yoy ?? "—" },
  ];
  const data: SheetData = [
    [{ value: t("dashboard.summaryTitle"), fontWeight: "bold" }],
    // What the figures cover, so a sheet sent upward cannot pass for the whole registry.
    [{ value: `${t("dashboard.filterInForce")}${describeFilters(filters, names, t, locale).join(" · ")}` }],
    header,
    [{ value: t("dashboard.byCategory"), fontWeight: "bold" }],
    ...categories.map(line),
    [{ value: t("dashboard.total"), fontWeight: "bold" }, { value: totals.count }, { value: Number(toYiString(totals.signedValue)), format: "0.00" }, { value: "100.0%" }, { value: yoy ?? "—" }],
    [{ value: t("dashboard.byPartyType"), fontWeight: "bold" }],
    ...partyTypes.map(line),
    [{ value: t("dashboard.partyTypeNote") }],
  ];
  const buffer = await writeXlsxFile(data, { columns: [{ width: 28 }, { width: 10 }, { width: 16 }, { width: 10 }, { width: 10 }] }).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="accord-summary-${filters.from ?? "all"}-${filters.to ?? "all"}.xlsx"`,
    },
  });
});
