import { getDb } from "@/db/client";
import { EXPORT_BATCH, listExportIds, loadExportBatch } from "@/db/queries/agreement-export";
import { withApiUser } from "@/lib/auth/api";
import { resolveLocale } from "@/lib/i18n/request";
import { columnHeader, SHEET_COLUMNS } from "@/lib/spreadsheets/columns";
import { csvLine, UTF8_BOM } from "@/lib/spreadsheets/csv";
import { csvText, exportLine } from "@/lib/spreadsheets/export-row";
import { XLSX_TYPE } from "@/lib/spreadsheets/xlsx-cells";
import { xlsxStream } from "@/lib/spreadsheets/xlsx-stream";
import { invalidParams, parseApiQuery } from "../../_lib/params";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "xlsx"] as const;

/**
 * `GET /api/v1/agreements/export?format=csv|xlsx&<the list's filters and sort>`:
 * every agreement the list shows (all pages, the list's order) in the import
 * template's columns, so the file can be edited and imported back as updates.
 * Streamed a batch at a time. Session or read token. CSV is UTF-8 with a BOM
 * so Excel shows the Chinese.
 */
export const GET = withApiUser(async (req) => {
  const url = new URL(req.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (!(FORMATS as readonly string[]).includes(format)) return invalidParams({ format: ["invalidOption"] });
  const db = await getDb();
  const query = await parseApiQuery(db, url.searchParams, ["format"]);
  if (!query.ok) return query.response;
  const locale = query.locale ?? (await resolveLocale());
  const ids = await listExportIds(db, query.filters);
  let at = 0;
  const nextBatch = async () => {
    if (at >= ids.length) return null;
    const batch = await loadExportBatch(db, ids.slice(at, at + EXPORT_BATCH));
    at += EXPORT_BATCH;
    return batch.map((row) => exportLine(row, locale));
  };
  const header = SHEET_COLUMNS.map((c) => columnHeader(c.key, locale));
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "content-disposition": `attachment; filename="accord-agreements-${stamp}.${format}"`, "cache-control": "no-store" };
  if (format === "xlsx") return new Response(xlsxStream("Agreements", header, nextBatch), { headers: { ...headers, "content-type": XLSX_TYPE } });

  const enc = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        return controller.enqueue(enc.encode(UTF8_BOM + csvLine(header)));
      }
      const rows = await nextBatch();
      if (rows === null) return controller.close();
      controller.enqueue(enc.encode(rows.map((cells) => csvLine(cells.map(csvText))).join("")));
    },
  });
  return new Response(body, { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
});
