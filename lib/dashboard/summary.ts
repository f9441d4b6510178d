import type { RollupItem } from "@/lib/domain/rollups";
import { toYiString } from "@/lib/money";
import { changePercent, sharePercent } from "@/lib/ratios";

export interface SummaryRow {
  key: string;
  label: string;
  count: number;
  /** Exact yuan. */
  signedValue: string;
  /** 亿元, two decimals. */
  yi: string;
  /** 占比 of the period's total signed value. */
  share: string;
  /** 同比 against the same dates a year earlier; null without a date range or a year-earlier figure. */
  yoy: string | null;
}

/** Rows of the 占比/同比 table from two sets of SQL aggregates (this period, a year earlier), matched by key. */
export function summaryRows(current: RollupItem[], lastYear: RollupItem[] | undefined, total: string, labelOf: (item: RollupItem) => string): SummaryRow[] {
  const before = new Map((lastYear ?? []).map((i) => [i.key, i.signedValue]));
  return current.map((item) => ({
    key: item.key,
    label: labelOf(item),
    count: item.count,
    signedValue: item.signedValue,
    yi: toYiString(item.signedValue),
    share: sharePercent(item.signedValue, total),
    yoy: lastYear ? changePercent(item.signedValue, before.get(item.key) ?? "0") : null,
  }));
}
