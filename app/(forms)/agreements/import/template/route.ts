import writeXlsxFile from "write-excel-file/node";
import { apiError } from "@/lib/auth/api";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { withSessionUser } from "@/lib/auth/session-route";
import { resolveLocale } from "@/lib/i18n/request";
import { columnHeader, SHEET_COLUMNS } from "@/lib/spreadsheets/columns";
import { csvLine, UTF8_BOM } from "@/lib/spreadsheets/csv";
import { headerCell, XLSX_TYPE } from "@/lib/spreadsheets/xlsx-cells";

export const dynamic = "force-dynamic";

/**
 * `GET /agreements/import/template?format=csv|xlsx`: the import's header row
 * in the viewer's language (any of the three is read back). Staff and admins.
 */
export const GET = withSessionUser(WRITER_ROLES, async (req) => {
  const format = new URL(req.url).searchParams.get("format") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") return apiError(400, "invalidParams", { format: ["invalidOption"] });
  const locale = await resolveLocale();
  const headers = SHEET_COLUMNS.map((c) => columnHeader(c.key, locale));
  const name = `accord-import-template.${format}`;
  const disposition = `attachment; filename="${name}"`;
  if (format === "csv") {
    return new Response(UTF8_BOM + csvLine(headers), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": disposition } });
  }
  const buffer = await writeXlsxFile([headers.map(headerCell)], { columns: headers.map((h) => ({ width: Math.max(12, h.length * 2 + 2) })) }).toBuffer();
  return new Response(new Uint8Array(buffer), { headers: { "content-type": XLSX_TYPE, "content-disposition": disposition } });
});
