import type { AgreementFilters } from "@/lib/validation/agreement-filters";
import { SIGNED_STATUSES, type AgreementStatus } from "./enums";

/** The filters that shape a figure: the list's filters without paging, sort and the deleted view. */
export type RollupFilters = Partial<Omit<AgreementFilters, "sort" | "cols" | "page" | "pageSize" | "deleted">>;

/** The statuses a rollup covers: those asked for, else every signed status (drafts only on request). */
export function scopeOf(f: RollupFilters): RollupFilters & { status: AgreementStatus[] } {
  return { ...f, status: f.status?.length ? f.status : SIGNED_STATUSES };
}

/** A name kept in the database in the three UI languages. */
export interface Label {
  zh: string;
  zhHant: string;
  en: string;
}

export interface RollupItem {
  key: string;
  /** Names stored in the database (categories, events, parties); enum keys are labelled by the caller. */
  label?: Label;
  count: number;
  /** Exact yuan, two decimals. */
  signedValue: string;
  deliveredValue: string;
  bindingValue: string;
  intendedValue: string;
}

/** A count of agreements and their exact sums (yuan, two decimals); binding + intended = signed. */
export type ValueTotals = Omit<RollupItem, "key" | "label">;

export interface Totals extends ValueTotals {
  parties: number;
  events: number;
}
