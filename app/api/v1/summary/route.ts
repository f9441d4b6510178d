import { getTranslations } from "next-intl/server";
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { getDb } from "@/db/client";
import { getTotals, rollupByCategory, rollupByPartyType } from "@/db/queries/rollups";
import { apiError, withApiUser } from "@/lib/auth/api";
import { rollupLabel } from "@/lib/dashboard/dimensions";
import { dashboardParams } from "@/lib/dashboard/params";
import { yearEarlier } from "@/lib/dashboard/periods";
import { summaryRows, type SummaryRow } from "@/lib/dashboard/summary";
import { isLocale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { toYiString } from "@/lib/money";
import { parseAgreementFilters } from "@/lib/validation/agreement-filters";

export const dynamic = "force-dynamic";

/**
 * The 占比/同比 summary (by category and by party type) for the dashboard's
 * filters, as JSON or, with `format=xlsx`, as the spreadsheet executives send upward.
 */
export const GET = withApiUser(async (req) => {
  const url = new URL(req.url);
  const strict = parseAgreementFilters(url.searchParams);
  if (!strict.success) return apiError(400, "invalidParams", strict.error.flatten().fieldErrors);
  const { filters } = dashboardParams(Object.fromEntries(url.searchParams));
  const requested = url.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : await resolveLocale();
  const t = await getTranslations({ locale });
  const tr = (key: string) => t(key as never);
  const db = await getDb();
  const lastYear = yearEarlier(filters.from, filters.to);
  const before = lastYear ? { ...filters, ...lastYear } : undefined;
  const [totals, byCategory, byPartyType, categoryBefore, partyTypeBefore] = await Promise.all([
    getTotals(db, filters),
    rollupByCategory(db, filters),
    rollupByPartyType(db, filters),
    before ? rollupByCategory(db, before) : undefined,
    before ? rollupByPartyType(db, before) : undefined,
  ]);
  const categories = summaryRows(byCategory, categoryBefore, totals.signedValue, (i) => rollupLabel("category", i, tr, locale));
  const partyTypes = summaryRows(byPartyType, partyTypeBefore, totals.signedValue, (i) => rollupLabel("partyType", i, tr, locale));

  if (url.searchParams.get("format") !== "xlsx") {
    return Response.json({ filters, count: totals.count, signedValue: totals.signedValue, byCategory: categories, byPartyType: partyTypes });
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
    [{ value: `${t("dashboard.summaryTitle")} ${filters.from ?? ""}${filters.from || filters.to ? " ~ " : ""}${filters.to ?? ""}` }],
    header,
    [{ value: t("dashboard.byCategory"), fontWeight: "bold" }],
    ...categories.map(line),
    [{ value: t("dashboard.total"), fontWeight: "bold" }, { value: totals.count }, { value: Number(toYiString(totals.signedValue)), format: "0.00" }, { value: "100.0%" }, { value: "" }],
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
