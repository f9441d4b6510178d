import "server-only";
import type { DbOrTx } from "../client";
import { getExpiringTerms } from "./expiring";
import { countOverDelivered, getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "./rollups";
import { type RollupFilters } from "@/lib/domain/rollups";
import { comparisonPeriod, yearEarlier, type Compare } from "@/lib/dashboard/periods";

/** Everything the executive dashboard shows, each figure a SQL aggregate over the same filtered set. */
export async function getDashboard(db: DbOrTx, f: RollupFilters, opts: { compare: Compare; today: string }) {
  const comparison = comparisonPeriod(opts.compare, f.from, f.to);
  const lastYear = yearEarlier(f.from, f.to);
  const shifted = (p: { from: string; to: string } | undefined) => (p ? { ...f, ...p } : undefined);
  const [totals, previous, byCategory, byPartyType, byEvent, byMonth, byStatus, top, expiring, totalsLastYear, categoryLastYear, partyTypeLastYear, overDelivered] =
    await Promise.all([
      getTotals(db, f),
      comparison ? getTotals(db, shifted(comparison)) : undefined,
      rollupByCategory(db, f),
      rollupByPartyType(db, f),
      rollupByEvent(db, f),
      rollupByMonth(db, f),
      rollupByStatus(db, f),
      topParties(db, f, 10),
      getExpiringTerms(db, f, opts.today),
      lastYear ? getTotals(db, shifted(lastYear)) : undefined,
      lastYear ? rollupByCategory(db, shifted(lastYear)) : undefined,
      lastYear ? rollupByPartyType(db, shifted(lastYear)) : undefined,
      countOverDelivered(db, f),
    ]);
  return { totals, overDelivered, previous, comparison, byCategory, byPartyType, byEvent, byMonth, byStatus, top, expiring, lastYear, totalsLastYear, categoryLastYear, partyTypeLastYear };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
