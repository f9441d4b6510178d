import type { RollupFilters } from "@/lib/domain/rollups";
import { parseAgreementFiltersLenient } from "@/lib/validation/agreement-filters";
import { COMPARES, type Compare } from "./periods";

type Params = Record<string, string | string[] | undefined>;

/** The dashboard's URL: the agreement filters (invalid ones dropped) and the comparison choice. */
export function dashboardParams(params: Params): { filters: RollupFilters; compare: Compare; ignored: string[] } {
  const { filters, ignored } = parseAgreementFiltersLenient(params);
  const { q, category, status, event, partyType, party, from, to, minValue, maxValue, termEndFrom, termEndTo, overDelivered } = filters;
  const raw = Array.isArray(params.compare) ? params.compare[0] : params.compare;
  const compare = (COMPARES as readonly string[]).includes(raw ?? "") ? (raw as Compare) : "yoy";
  return { filters: { q, category, status, event, partyType, party, from, to, minValue, maxValue, termEndFrom, termEndTo, overDelivered }, compare, ignored };
}
