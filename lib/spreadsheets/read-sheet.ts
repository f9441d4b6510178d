import readXlsxFile from "read-excel-file/node";
import { parseCsv } from "./csv";
import { decodeCsv, type CsvEncoding } from "./decode";

/** A cell as read: text (numbers keep the exact digits the file stores), or a Date from an XLSX date cell. */
export type Cell = string | Date;

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Data rows, not counting the header. */
export const MAX_IMPORT_ROWS = 50_000;

export type SheetReadError = "unsupportedFile" | "legacyExcel" | "unreadable" | "tooManyRows" | "noHeader" | "sheetNotFound";

export type ReadSheet =
  | { ok: true; format: "csv" | "xlsx"; encoding?: CsvEncoding; sheet?: string; sheets?: string[]; rows: Cell[][] }
  | { ok: false; error: SheetReadError };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** A CSV is text: no NUL bytes in its first kilobytes (a PDF, an image or a .doc has them). */
function looksLikeText(b: Uint8Array): boolean {
  return !b.subarray(0, 8192).includes(0);
}

function cellOf(value: unknown): Cell {
  if (value instanceof Date) return value;
  if (value === null || value === undefined) return "";
  return String(value);
}

/**
 * Reads the rows of an uploaded CSV (UTF-8 with or without BOM, or GBK/GB18030)
 * or XLSX (the first sheet, or `sheet` by name or 1-based number). The type is
 * decided by the bytes, not the file name. Empty rows at the end are dropped.
 */
export async function readSheet(bytes: Uint8Array, sheet?: string): Promise<ReadSheet> {
  let result: ReadSheet;
  if (isZip(bytes)) {
    let sheets: { sheet: string; data: unknown[][] }[];
    try {
      sheets = await readXlsxFile<string>(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { parseNumber: (s) => s });
    } catch {
      return { ok: false, error: "unreadable" };
    }
    const chosen = sheet ? sheets.find((s, i) => s.sheet === sheet || String(i + 1) === sheet) : sheets[0];
    if (!chosen) return { ok: false, error: "sheetNotFound" };
    const rows = chosen.data.map((r) => r.map(cellOf));
    result = { ok: true, format: "xlsx", sheet: chosen.sheet, sheets: sheets.map((s) => s.sheet), rows };
  } else if (isOle(bytes)) {
    return { ok: false, error: "legacyExcel" };
  } else if (looksLikeText(bytes)) {
    const { text, encoding } = decodeCsv(bytes);
    result = { ok: true, format: "csv", encoding, rows: parseCsv(text) };
  } else {
    return { ok: false, error: "unsupportedFile" };
  }
  while (result.rows.length && result.rows[result.rows.length - 1].every((c) => c === "" || (typeof c === "string" && !c.trim()))) result.rows.pop();
  if (!result.rows.length) return { ok: false, error: "noHeader" };
  if (result.rows.length - 1 > MAX_IMPORT_ROWS) return { ok: false, error: "tooManyRows" };
  return result;
}
