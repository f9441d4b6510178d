/**
 * CSV bytes to text without asking the user for an encoding: a UTF-8 BOM, or
 * bytes that are valid UTF-8, are read as UTF-8; anything else as GB18030 (a
 * superset of GBK and GB2312, what Excel on Chinese Windows saves). Pure.
 */
export type CsvEncoding = "utf-8" | "gb18030";

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
