import { neutralizeCell } from "./neutralize";

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks;
 * rows end with LF or CRLF. Trailing blank rows are dropped. Pure.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].every((f) => f.trim() === "")) rows.pop();
  return rows;
}

/** One CSV line (CRLF, as Excel writes), every text cell neutralised against formula injection. */
export function csvLine(cells: (string | null | undefined)[]): string {
  return (
    cells
      .map((cell) => {
        const v = neutralizeCell(cell ?? "");
        return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      })
      .join(",") + "\r\n"
  );
}

/** What Excel needs to read a UTF-8 CSV as UTF-8 rather than the system's code page. */
export const UTF8_BOM = "\uFEFF";
