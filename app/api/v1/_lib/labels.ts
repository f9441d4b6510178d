import type { RollupItem } from "@/lib/domain/rollups";
import { rollupLabel, type Dimension } from "@/lib/dashboard/dimensions";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** One rollup row as the API serves it; binding/intended splits stay in the totals only. */
export interface ApiRollupItem {
  key: string;
  label: string;
  count: number;
  signedValue: string;
  deliveredValue: string;
}

/** Labels rollup rows in `locale` exactly as the dashboard does. */
export async function apiItemsIn(locale: Locale) {
  const t = await translatorFor(locale);
  return (dim: Dimension, items: RollupItem[]): ApiRollupItem[] =>
    items.map((item) => ({
      key: item.key,
      label: rollupLabel(dim, item, t, locale),
      count: item.count,
      signedValue: item.signedValue,
      deliveredValue: item.deliveredValue,
    }));
}
