import type { RollupFilters } from "@/lib/domain/rollups";
import { SIGNED_STATUSES } from "@/lib/domain/enums";
import { lastDayOfMonth } from "@/lib/dates";
import { filtersToParams, type Sort } from "@/lib/validation/agreement-filters";

/**
 * The `/agreements` URL listing exactly the agreements behind a figure: the
 * dashboard's filters, the status scope spelled out (drafts excluded unless
 * asked for), and the figure's own dimension.
 */
export function listHref(filters: RollupFilters, patch: RollupFilters & { sort?: Sort } = {}): string {
  const merged = { ...filters, status: filters.status?.length ? filters.status : SIGNED_STATUSES, ...patch };
  const qs = filtersToParams(merged).toString();
  return qs ? `/agreements?${qs}` : "/agreements";
}

/**
 * The `/parties` or `/events` URL listing exactly the parties or events a KPI counts: the
 * dashboard's filters with the status scope spelled out, marked `counted=1` so the list reads
 * them as agreement filters (its own `q` is then the agreements' search, as on the dashboard).
 */
export function countedHref(list: "parties" | "events", filters: RollupFilters): string {
  return `/${list}?${countedParams(filters)}`;
}

/** The URL parameters of a counted list (see countedHref), for its pagination. */
export function countedParams(filters: RollupFilters): URLSearchParams {
  const p = filtersToParams({ ...filters, status: filters.status?.length ? filters.status : SIGNED_STATUSES });
  return new URLSearchParams([["counted", "1"], ...p]);
}

/** A month key "2025-07" as a date range, narrowed by the dashboard's own range. */
export function monthRange(month: string, filters: RollupFilters): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number);
  const last = lastDayOfMonth(y, m);
  const from = `${month}-01`;
  const to = `${month}-${String(last).padStart(2, "0")}`;
  return {
    from: filters.from && filters.from > from ? filters.from : from,
    to: filters.to && filters.to < to ? filters.to : to,
  };
}

/** A calendar date `days` after (or before) an ISO date. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The lists behind the expiring-terms figures: agreements still signed or in
 * execution whose term ends within the next 90 days (today included), or has
 * already ended, sorted by term end (the list then shows its 到期日 column).
 * A term-end range already in force is narrowed, not replaced.
 * Null where no agreement can qualify (the status filter has no open status, or
 * the narrowed range is empty), as the figure is then zero.
 */
export function expiringHrefs(filters: RollupFilters, today: string): { soon: string | null; overdue: string | null } {
  const scope = filters.status?.length ? filters.status : SIGNED_STATUSES;
  const status = scope.filter((s) => s === "signed" || s === "in_execution");
  const later = (a: string | undefined, b: string) => (a && a > b ? a : b);
  const earlier = (a: string | undefined, b: string) => (a && a < b ? a : b);
  const href = (termEndFrom: string | undefined, termEndTo: string) =>
    status.length && (!termEndFrom || termEndFrom <= termEndTo) ? listHref(filters, { status, termEndFrom, termEndTo, sort: "term_end_asc" }) : null;
  return {
    soon: href(later(filters.termEndFrom, today), earlier(filters.termEndTo, addDays(today, 90))),
    overdue: href(filters.termEndFrom, earlier(filters.termEndTo, addDays(today, -1))),
  };
}
