import { previousPeriod, shiftYear, shiftYearEnd } from "@/lib/dates";

export const COMPARES = ["yoy", "prev"] as const;
export type Compare = (typeof COMPARES)[number];

export interface Period {
  from: string;
  to: string;
}

/** The same dates one year earlier (同比), a month-end staying a month-end (28 Feb 2025 → 29 Feb 2024); needs both ends of the range. */
export function yearEarlier(from?: string, to?: string): Period | undefined {
  return from && to ? { from: shiftYear(from, -1), to: shiftYearEnd(to, -1) } : undefined;
}

/** The period the KPI cards compare with: a year earlier (同比) or the period just before (环比). */
export function comparisonPeriod(compare: Compare, from?: string, to?: string): Period | undefined {
  if (!from || !to) return undefined;
  return compare === "prev" ? previousPeriod(from, to) : yearEarlier(from, to);
}
