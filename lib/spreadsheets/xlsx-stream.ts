import { Zip, ZipDeflate } from "fflate";
import { neutralizeCell } from "./neutralize";

/**
 * A one-sheet XLSX written as a stream: rows are pulled a batch at a time and
 * deflated into the zip as they come, so a 100,000-row export never sits in
 * memory (write-excel-file builds the whole workbook first). Text cells are
 * inline strings neutralised against formula injection; money is a number
 * with two decimals (built-in format 4, `#,##0.00`). Pure apart from fflate.
 */

export type StreamCell = string | null | { money: string | null };

const enc = new TextEncoder();

// XML 1.0 forbids most C0 controls; they can only come from pasted text, and a workbook with one will not open.
const xmlText = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A, B, … Z, AA, …: the column part of a cell reference. */
function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellXml(cell: StreamCell, ref: string, bold: boolean): string {
  if (cell === null || (typeof cell === "object" && cell.money === null) || cell === "") return "";
  if (typeof cell === "string") {
    return `<c r="${ref}" t="inlineStr"${bold ? ' s="1"' : ""}><is><t xml:space="preserve">${xmlText(neutralizeCell(cell))}</t></is></c>`;
  }
  return `<c r="${ref}" s="2"><v>${cell.money}</v></c>`;
}

/** One row (1-based `row`); empty cells are left out. */
export const rowXml = (cells: StreamCell[], row: number, bold = false) =>
  `<row r="${row}">${cells.map((c, i) => cellXml(c, `${columnName(i)}${row}`, bold)).join("")}</row>`;

const STATIC_PARTS = (sheetName: string): [string, string][] => [
  [
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  ],
  [
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(sheetName).replace(/"/g, "&quot;")}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  ],
  [
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  ],
];

/**
 * Streams a workbook with one sheet: the header row in bold, then the rows
 * `next()` yields until it answers null.
 */
export function xlsxStream(sheetName: string, header: string[], next: () => Promise<StreamCell[][] | null>): ReadableStream<Uint8Array> {
  let sheet: ZipDeflate;
  let emitted = 0;
  let finished = false;
  let rowNumber = 1;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        emitted++;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      for (const [name, xml] of STATIC_PARTS(sheetName)) {
        const part = new ZipDeflate(name, { level: 6 });
        zip.add(part);
        part.push(enc.encode(xml), true);
      }
      sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
      zip.add(sheet);
      zip.end();
      sheet.push(
        enc.encode(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowXml(header, 1, true)}`,
        ),
      );
    },
    // The deflater holds small inputs back; a pull that enqueued nothing would never be called again, so pull until it has.
    async pull() {
      const before = emitted;
      while (emitted === before && !finished) {
        const rows = await next();
        if (rows === null) {
          finished = true;
          sheet.push(enc.encode("</sheetData></worksheet>"), true);
        } else sheet.push(enc.encode(rows.map((r) => rowXml(r, ++rowNumber)).join("")));
      }
    },
  });
}
