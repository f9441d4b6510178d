import "server-only";
import type { DbOrTx } from "../client";
import { getExpiringTerms } from "./expiring";
import { countOverDelivered, getTotals, rollupByEvent, rollupByMonth, rollupByStatus, topParties } from "./rollups";
import { getSummary } from "./summary";
import { type RollupFilters } from "@/lib/domain/rollups";
import { comparisonPeriod, type Compare } from "@/lib/dashboard/periods";

/** Everything the executive dashboard shows, each figure a SQL aggregate over the same filtered set. */
export async function getDashboard(db: DbOrTx, f: RollupFilters, opts: { compare: Compare; today: string }) {
  const comparison = comparisonPeriod(opts.compare, f.from, f.to);
  const [summary, previous, byEvent, byMonth, byStatus, top, expiring, overDelivered] = await Promise.all([
    getSummary(db, f),
    comparison ? getTotals(db, { ...f, ...comparison }) : undefined,
    rollupByEvent(db, f),
    rollupByMonth(db, f),
    rollupByStatus(db, f),
    topParties(db, f, 10),
    getExpiringTerms(db, f, opts.today),
    countOverDelivered(db, f),
  ]);
  return { ...summary, overDelivered, previous, comparison, byEvent, byMonth, byStatus, top, expiring };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
