/**
 * A date cell as spreadsheets hold it, to the form's YYYY-MM-DD: a Date from an
 * XLSX date cell, an Excel serial day number (45848 = 2025-07-10), or text
 * written 2025-07-10, 2025/7/10, 2025.7.10 or 2025年7月10日. Anything else is
 * passed on unchanged, for the form's schema to refuse as it refuses a typed
 * date (so 2025-02-30 gets the form's message). Pure.
 */
const TEXT_DATE = /^(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$/;

/** Serials Excel can mean for 1950–2099: a bare number outside this range is not taken as a date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

const pad = (n: number) => String(n).padStart(2, "0");

/** Excel's day 0 is 1899-12-30 (counting its fictional 1900-02-29). */
export function excelSerialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function dateCellToIso(cell: string | number | Date): string {
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= SERIAL_MIN && cell <= SERIAL_MAX ? excelSerialToIso(cell) : String(cell);
  const s = cell.trim();
  if (/^\d{5}$/.test(s) && Number(s) >= SERIAL_MIN && Number(s) <= SERIAL_MAX) return excelSerialToIso(Number(s));
  const m = TEXT_DATE.exec(s);
  if (!m) return s;
  const [year, month, day] = m[2] ? [m[1], m[3], m[4]] : [m[1], m[5], m[6]];
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}
