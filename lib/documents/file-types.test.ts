import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sniffDocumentType, storedFileName } from "./file-types";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/documents/${name}`));
const bytes = (s: string) => new TextEncoder().encode(s);

describe("sniffDocumentType", () => {
  it("knows PDF, DOCX, PNG and JPEG by their bytes", () => {
    expect(sniffDocumentType(fixture("01-strategic-bank-pdf.pdf"))).toBe("pdf");
    expect(sniffDocumentType(fixture("02-three-party-framework-docx.docx"))).toBe("docx");
    expect(sniffDocumentType(fixture("10-scan-png.png"))).toBe("png");
    expect(sniffDocumentType(fixture("11-photo-jpg.jpg"))).toBe("jpeg");
  });

  it("refuses HTML, text, an empty file and a ZIP that is not a Word document", () => {
    expect(sniffDocumentType(bytes("<!doctype html><html><body>%PDF-1.7</body></html>"))).toBeNull();
    expect(sniffDocumentType(bytes("甲方：重庆银行股份有限公司"))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
    // A DOCX's bytes cut short: the ZIP signature is there, the central directory is not.
    expect(sniffDocumentType(fixture("02-three-party-framework-docx.docx").slice(0, 2000))).toBeNull();
  });

  /** A ZIP of empty stored entries with these names. */
  function zipOf(names: string[]): Uint8Array {
    const locals: number[] = [];
    const centrals: number[] = [];
    for (const n of names.map(bytes)) {
      const offset = locals.length;
      const le16 = (v: number) => [v & 0xff, v >> 8];
      const le32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24];
      locals.push(0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le32(0), ...le32(0), ...le32(0), ...le16(n.length), 0, 0, ...n);
      centrals.push(0x50, 0x4b, 0x01, 0x02, 20, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le32(0), ...le32(0), ...le32(0), ...le16(n.length), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le32(offset), ...n);
    }
    const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, names.length, 0, names.length, 0, centrals.length & 0xff, centrals.length >> 8, 0, 0, locals.length & 0xff, locals.length >> 8, 0, 0, 0, 0];
    return new Uint8Array([...locals, ...centrals, ...end]);
  }

  it("reads a DOCX from the ZIP's names, and refuses a ZIP without word/document.xml or with macros", () => {
    expect(sniffDocumentType(zipOf(["[Content_Types].xml", "word/document.xml"]))).toBe("docx");
    expect(sniffDocumentType(zipOf(["a.txt"]))).toBeNull();
    expect(sniffDocumentType(zipOf(["[Content_Types].xml", "xl/workbook.xml"]))).toBeNull();
    expect(sniffDocumentType(zipOf(["[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"]))).toBeNull();
  });
});

describe("storedFileName", () => {
  it("keeps a sensible name as it is", () => {
    expect(storedFileName("战略合作协议（签署版）.pdf", "pdf")).toBe("战略合作协议（签署版）.pdf");
    expect(storedFileName("签约仪式.JPEG", "jpeg")).toBe("签约仪式.JPEG");
  });

  it("drops paths, control characters and characters unsafe on disk or in a header", () => {
    expect(storedFileName("C:\\Users\\li\\协议.docx", "docx")).toBe("协议.docx");
    expect(storedFileName("../../etc/passwd\u0000.pdf", "pdf")).toBe("passwd.pdf");
    expect(storedFileName('a"b<c>|d?.pdf', "pdf")).toBe("abcd.pdf");
  });

  it("gives the file the extension of what it really is", () => {
    expect(storedFileName("scan.pdf", "png")).toBe("scan.pdf.png");
    expect(storedFileName("协议", "docx")).toBe("协议.docx");
    expect(storedFileName("", "pdf")).toBe("document.pdf");
    expect(storedFileName("...", "pdf")).toBe("document.pdf");
  });

  it("shortens long names but keeps the extension", () => {
    const name = storedFileName(`${"长".repeat(300)}.pdf`, "pdf");
    expect(name).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});
