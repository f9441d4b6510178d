import type { RollupFilters, RollupItem } from "@/lib/domain/rollups";
import type { AgreementStatus, PartyType } from "@/lib/domain/enums";
import { pickLabel } from "@/lib/i18n/labels";
import { listHref, monthRange } from "./drilldown";

export type Dimension = "category" | "partyType" | "event" | "month" | "status" | "party";

type Translate = (key: string) => string;

/** The label of a rollup row: stored names for categories, events and parties; message texts for enums. */
export function rollupLabel(dim: Dimension, item: RollupItem, t: Translate, locale: string): string {
  if (item.label) return pickLabel(item.label, locale);
  if (dim === "partyType") return t(`partyType.${item.key}`);
  if (dim === "status") return t(`status.${item.key}`);
  if (dim === "event" && item.key === "none") return t("dashboard.noEvent");
  return item.key;
}

/** The agreements list behind one rollup row. */
export function rollupHref(dim: Dimension, item: RollupItem, filters: RollupFilters): string {
  switch (dim) {
    case "category":
      return listHref(filters, { category: [item.key] });
    case "partyType":
      return listHref(filters, { partyType: [item.key as PartyType] });
    case "event":
      return listHref(filters, { event: item.key === "none" ? "none" : Number(item.key) });
    case "month":
      return listHref(filters, monthRange(item.key, filters));
    case "status":
      return listHref(filters, { status: [item.key as AgreementStatus] });
    case "party":
      return listHref(filters, { party: Number(item.key) });
  }
}
