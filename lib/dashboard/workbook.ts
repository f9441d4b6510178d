import type { SheetData } from "write-excel-file/node";
import type { RollupItem } from "@/lib/domain/rollups";
import { sharePercent } from "@/lib/ratios";
import { countCell, headerCell, moneyCell, percentCell, textCell } from "@/lib/spreadsheets/xlsx-cells";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface WorkbookRollup {
  title: string;
  items: RollupItem[];
  label: (item: RollupItem) => string;
  note?: string;
}

/** "12.3%" (or "-4.0%") to the number 12.3: the share as the dashboard rounds it, never as text in the sheet. */
export const percentNumber = (s: string) => Number(s.replace("%", ""));

/**
 * The dashboard as a workbook: a first sheet saying what the figures cover
 * (the filters in force, when exported, the totals), then a sheet per rollup
 * with count, signed and delivered value as exact numbers and the share of the
 * signed total as a number formatted as percent. Pure.
 */
export function dashboardWorkbook(
  t: Translate,
  cover: { filters: string; exportedAt: string; count: number; signedValue: string; bindingValue: string; intendedValue: string; deliveredValue: string },
  rollups: WorkbookRollup[],
): { sheet: string; data: SheetData; columns: { width: number }[] }[] {
  const first = {
    sheet: t("spreadsheets.workbook.filters"),
    columns: [{ width: 22 }, { width: 60 }],
    data: [
      [headerCell(t("dashboard.title")), null],
      [textCell(t("spreadsheets.workbook.scope")), textCell(cover.filters)],
      [textCell(t("spreadsheets.workbook.generatedAt")), textCell(cover.exportedAt)],
      [textCell(t("dashboard.signedCount")), countCell(cover.count)],
      [textCell(t("dashboard.signedValue")), moneyCell(cover.signedValue)],
      [textCell(t("dashboard.binding")), moneyCell(cover.bindingValue)],
      [textCell(t("dashboard.intended")), moneyCell(cover.intendedValue)],
      [textCell(t("dashboard.deliveredValue")), moneyCell(cover.deliveredValue)],
    ] as SheetData,
  };
  const header = [t("dashboard.item"), t("dashboard.count"), t("dashboard.value"), t("dashboard.deliveredValue"), t("dashboard.share")].map(headerCell);
  const sheets = rollups.map((r) => ({
    // Excel allows 31 characters and none of []:*?/\ in a sheet name.
    sheet: r.title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31),
    columns: [{ width: 36 }, { width: 10 }, { width: 20 }, { width: 20 }, { width: 10 }],
    data: [
      header,
      ...r.items.map((i) => [textCell(r.label(i)), countCell(i.count), moneyCell(i.signedValue), moneyCell(i.deliveredValue), percentCell(percentNumber(sharePercent(i.signedValue, cover.signedValue)))]),
      ...(r.note ? [[textCell(r.note)]] : []),
    ] as SheetData,
  }));
  return [first, ...sheets];
}
