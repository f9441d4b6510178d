import "server-only";
import type { DbOrTx } from "../client";
import { getTotals, rollupByCategory, rollupByPartyType } from "./rollups";
import type { RollupFilters, RollupItem, Totals } from "@/lib/domain/rollups";
import { yearEarlier, type Period } from "@/lib/dashboard/periods";

/** The figures of the 占比/同比 summary table: this period and, with a date range, the same dates a year earlier. */
export interface Summary {
  totals: Totals;
  byCategory: RollupItem[];
  byPartyType: RollupItem[];
  lastYear: Period | undefined;
  totalsLastYear: Totals | undefined;
  categoryLastYear: RollupItem[] | undefined;
  partyTypeLastYear: RollupItem[] | undefined;
}

/** One source for the dashboard's summary table and `/api/v1/summary` (JSON and XLSX), so the two cannot differ. */
export async function getSummary(db: DbOrTx, f: RollupFilters): Promise<Summary> {
  const lastYear = yearEarlier(f.from, f.to);
  const before = lastYear ? { ...f, ...lastYear } : undefined;
  const [totals, byCategory, byPartyType, totalsLastYear, categoryLastYear, partyTypeLastYear] = await Promise.all([
    getTotals(db, f),
    rollupByCategory(db, f),
    rollupByPartyType(db, f),
    before ? getTotals(db, before) : undefined,
    before ? rollupByCategory(db, before) : undefined,
    before ? rollupByPartyType(db, before) : undefined,
  ]);
  return { totals, byCategory, byPartyType, lastYear, totalsLastYear, categoryLastYear, partyTypeLastYear };
}
