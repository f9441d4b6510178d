import "server-only";
import type { ImportPlan } from "@/db/queries/import-plan";
import { dateCellToIso } from "@/lib/spreadsheets/cell-dates";
import { csvLine, UTF8_BOM } from "@/lib/spreadsheets/csv";
import type { Cell } from "@/lib/spreadsheets/read-sheet";
import type { IssueTexts } from "./report";

const cellText = (c: Cell | undefined) => (c === undefined ? "" : c instanceof Date ? dateCellToIso(c) : c);

/**
 * The rows in error as they were in the file (same header, same cells) with an
 * extra column saying what is wrong, as a UTF-8 CSV with BOM that Excel opens
 * in Chinese. Fixed and uploaded again, the rows import like any others.
 */
export function errorRowsResponse(plan: ImportPlan, sheet: Cell[][], texts: IssueTexts, errorHeader: string): Response {
  const header = sheet[0].map(cellText);
  const width = Math.max(header.length, ...sheet.map((r) => r.length));
  const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, width - cells.length)).fill("")];
  const lines = [csvLine([...pad(header), errorHeader])];
  for (const r of plan.rows) {
    if (r.action !== "error") continue;
    const why = r.issues.map((i) => [texts.label(i), texts.message(i)].filter(Boolean).join(": "));
    lines.push(csvLine([...pad(sheet[r.row - 1].map(cellText)), why.join("；")]));
  }
  return new Response(UTF8_BOM + lines.join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="import-errors.csv"`,
      "cache-control": "no-store",
    },
  });
}

