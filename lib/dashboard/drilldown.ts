import type { RollupFilters } from "@/db/queries/rollups";
import { SIGNED_STATUSES } from "./scope";
import { filtersToParams } from "@/lib/validation/agreement-filters";

/**
 * The `/agreements` URL listing exactly the agreements behind a figure: the
 * dashboard's filters, the status scope spelled out (drafts excluded unless
 * asked for), and the figure's own dimension.
 */
export function listHref(filters: RollupFilters, patch: RollupFilters = {}): string {
  const merged = { ...filters, status: filters.status?.length ? filters.status : SIGNED_STATUSES, ...patch };
  const qs = filtersToParams(merged).toString();
  return qs ? `/agreements?${qs}` : "/agreements";
}

/** A month key "2025-07" as a date range, narrowed by the dashboard's own range. */
export function monthRange(month: string, filters: RollupFilters): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const from = `${month}-01`;
  const to = `${month}-${String(last).padStart(2, "0")}`;
  return {
    from: filters.from && filters.from > from ? filters.from : from,
    to: filters.to && filters.to < to ? filters.to : to,
  };
}
