import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { dateCellToIso } from "./cell-dates";
import { mapHeaders } from "./columns";
import { csvLine, parseCsv } from "./csv";
import { decodeCsv } from "./decode";
import { neutralizeCell } from "./neutralize";
import { readSheet } from "./read-sheet";
import { statusByName, valueKindByName } from "./vocab";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/imports/${name}`));

describe("reading a sheet", () => {
  it("reads UTF-8, UTF-8 with BOM and GBK CSVs to the same rows, never mojibake", async () => {
    const [plain, bom, gbk] = await Promise.all(["agreements-utf8.csv", "agreements-utf8-bom.csv", "agreements-gbk.csv"].map((f) => readSheet(fixture(f))));
    expect(plain).toMatchObject({ ok: true, format: "csv", encoding: "utf-8" });
    expect(gbk).toMatchObject({ ok: true, format: "csv", encoding: "gb18030" });
    if (!plain.ok || !bom.ok || !gbk.ok) throw new Error("unread");
    expect(bom.rows).toEqual(plain.rows);
    expect(gbk.rows).toEqual(plain.rows);
    expect(plain.rows[0][0]).toBe("协议编号");
    expect(plain.rows[2][10]).toBe("马上消金、渝北数智科技有限公司");
  });

  it("reads the first sheet of an XLSX with dates as dates and numbers as the digits stored", async () => {
    const sheet = await readSheet(fixture("agreements.xlsx"));
    if (!sheet.ok) throw new Error(sheet.error);
    expect(sheet).toMatchObject({ format: "xlsx", sheet: "协议清单", sheets: ["协议清单"] });
    expect(sheet.rows[1][4]).toEqual(new Date(Date.UTC(2025, 6, 10)));
    expect(sheet.rows[1][5]).toBe("250000000.5");
    expect((await readSheet(fixture("agreements.xlsx"), "其他")).ok).toBe(false);
  });

  it("refuses files that are neither CSV nor XLSX, and old .xls files with their own reason", async () => {
    expect(await readSheet(fixture("../documents/10-scan-png.png"))).toEqual({ ok: false, error: "unsupportedFile" });
    expect(await readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({ ok: false, error: "legacyExcel" });
    expect(await readSheet(new TextEncoder().encode("\n\n"))).toEqual({ ok: false, error: "noHeader" });
  });

  it("refuses a sheet over 50,000 rows", async () => {
    const text = "协议编号\n" + "CQ-2025-0001\n".repeat(50_001);
    expect(await readSheet(new TextEncoder().encode(text))).toEqual({ ok: false, error: "tooManyRows" });
  });

  it("detects GB18030 without a BOM and UTF-8 without one", () => {
    expect(decodeCsv(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: "中文", encoding: "gb18030" });
    expect(decodeCsv(new TextEncoder().encode("中文"))).toEqual({ text: "中文", encoding: "utf-8" });
  });
});

describe("CSV", () => {
  it("parses quotes, commas, doubled quotes and line breaks inside a field, and CRLF", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n1,2,3,4\r\n\r\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\r\ng"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("writes what it parses back, with formula cells neutralised", () => {
    const line = csvLine(["CQ-2025-0001", 'say "hi", ok', "=1+1", "-2", "@x", "\tx", "3.50"]);
    expect(parseCsv(line)).toEqual([["CQ-2025-0001", 'say "hi", ok', "'=1+1", "'-2", "'@x", "'\tx", "3.50"]]);
  });
});

describe("formula injection", () => {
  it("prefixes every cell that a spreadsheet would run, and nothing else", () => {
    for (const s of ["=SUM(A1)", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralizeCell(s)).toBe(`'${s}`);
    for (const s of ["普惠金融", "CQ-2025-0001", "2025-07-10", "", "a=b"]) expect(neutralizeCell(s)).toBe(s);
  });
});

describe("dates as spreadsheets hold them", () => {
  it("takes ISO, slashes, dots, 年月日, Excel serials and date cells to YYYY-MM-DD", () => {
    expect(dateCellToIso("2025-07-10")).toBe("2025-07-10");
    expect(dateCellToIso("2025/7/10")).toBe("2025-07-10");
    expect(dateCellToIso("2025.7.1")).toBe("2025-07-01");
    expect(dateCellToIso("2025年7月10日")).toBe("2025-07-10");
    expect(dateCellToIso("45848")).toBe("2025-07-10");
    expect(dateCellToIso(45848)).toBe("2025-07-10");
    expect(dateCellToIso(new Date(Date.UTC(2025, 6, 10)))).toBe("2025-07-10");
  });

  it("passes anything else on for the form's schema to refuse", () => {
    expect(dateCellToIso("2025-02-30")).toBe("2025-02-30");
    expect(dateCellToIso("明年")).toBe("明年");
    expect(dateCellToIso("12")).toBe("12");
  });
});

describe("headers and names", () => {
  it("recognises Chinese, traditional, English and key headers in any order, naming unknown and repeated ones", () => {
    const h = mapHeaders(["Title (Chinese)", "协议编号", "合作類別", "value", "备注", "", "協議編號"]);
    expect(h.columns).toEqual({
      title_zh: { index: 0, label: "Title (Chinese)" },
      reference: { index: 1, label: "协议编号" },
      category: { index: 2, label: "合作類別" },
      value: { index: 3, label: "value" },
    });
    expect(h.unknown).toEqual(["备注"]);
    expect(h.repeated).toEqual(["協議編號"]);
  });

  it("reads statuses and value kinds by their names in every language", () => {
    expect(["已签约", "已簽約", "Signed", "signed", "SIGNED"].map(statusByName)).toEqual(Array(5).fill("signed"));
    expect(statusByName("履约中")).toBe("in_execution");
    expect(statusByName("进行中")).toBeUndefined();
    expect(["合同金额", "合同金額", "Binding", "合同"].map(valueKindByName)).toEqual(Array(4).fill("binding"));
    expect(valueKindByName("意向")).toBe("intended");
  });
});
