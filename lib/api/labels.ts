import type { RollupItem } from "@/db/queries/rollups";
import { pickLabel } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/messages";

/** The `byEvent` row keyed "none" (as in the `event=none` filter): agreements signed outside any event. */
export const NO_EVENT_LABEL: Record<Locale, string> = {
  "zh-CN": "未关联签约活动",
  "zh-TW": "未關聯簽約活動",
  en: "No event",
};

/** One rollup row as the API serves it; binding/intended splits stay in the totals only. */
export interface ApiRollupItem {
  key: string;
  label: string;
  count: number;
  signedValue: string;
  deliveredValue: string;
}

export type LabelOf = (item: RollupItem) => string;

export interface RollupLabels {
  /** Categories and parties: the names stored in the database. */
  named: LabelOf;
  event: LabelOf;
  /** Enum keys, in the words the pages use (the message files). */
  partyType: LabelOf;
  status: LabelOf;
  month: LabelOf;
}

/** How each rollup dimension is labelled in `locale`. */
export async function rollupLabels(locale: Locale): Promise<RollupLabels> {
  const messages = await loadMessages(locale);
  const fromMessages = (namespace: "partyType" | "status"): LabelOf => {
    const texts = messages[namespace] as Record<string, string>;
    return (item) => texts[item.key] ?? item.key;
  };
  const named: LabelOf = (item) => (item.label ? pickLabel(item.label, locale) : item.key);
  return {
    named,
    event: (item) => (item.key === "none" ? NO_EVENT_LABEL[locale] : named(item)),
    partyType: fromMessages("partyType"),
    status: fromMessages("status"),
    month: (item) => item.key,
  };
}

export function toApiItems(items: RollupItem[], labelOf: LabelOf): ApiRollupItem[] {
  return items.map((item) => ({
    key: item.key,
    label: labelOf(item),
    count: item.count,
    signedValue: item.signedValue,
    deliveredValue: item.deliveredValue,
  }));
}
