import type { Cell as XlsxCell } from "write-excel-file/node";
import { neutralizeCell } from "./neutralize";

/**
 * Cells for write-excel-file: text always neutralised against formula
 * injection, money as a number with two decimals (exact: a 10万亿 amount in
 * fen has 15 digits, within a double's exact range and Excel's precision),
 * shares as numbers formatted as percent. Pure.
 */
export const textCell = (value: string | null | undefined): XlsxCell => ({ value: neutralizeCell(value ?? ""), type: String });
export const headerCell = (value: string): XlsxCell => ({ value: neutralizeCell(value), type: String, fontWeight: "bold" });
export const moneyCell = (decimal: string | null | undefined): XlsxCell =>
  decimal ? { value: Number(decimal), type: Number, format: "#,##0.00" } : null;
export const countCell = (n: number): XlsxCell => ({ value: n, type: Number, format: "0" });
/** A share given in percent (12.5 → 12.5%), stored as the fraction Excel expects. */
export const percentCell = (percent: number | null): XlsxCell =>
  percent === null ? null : { value: Math.round(percent * 10) / 1000, type: Number, format: "0.0%" };
export const dateTextCell = (iso: string | null | undefined): XlsxCell => ({ value: iso ?? "", type: String });

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
