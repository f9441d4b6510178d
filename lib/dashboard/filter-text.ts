import type { RollupFilters } from "@/lib/domain/rollups";
import { asMoneyLocale, categoryLabeler } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount } from "@/lib/money";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface FilterNames {
  categories: { key: string; nameZh: string; nameZhHant: string; nameEn: string }[];
  events: { id: number; nameZh: string; nameEn: string | null }[];
  /** The names of the party in `filters.party`, when there is one. */
  party?: { nameZh: string; nameEn: string | null };
}

/**
 * Every filter in force, in words, one part per filter: what the dashboard's
 * "covering" line, the printed brief and the exported summary say they cover.
 * Without a status filter the scope is the signed agreements (no drafts).
 */
export function describeFilters(f: RollupFilters, names: FilterNames, t: Translate, locale: string): string[] {
  const list = (items: string[], type: "conjunction" | "disjunction") => new Intl.ListFormat(locale, { type, style: "narrow" }).format(items);
  const money = (v: string) => formatAmount(v, asMoneyLocale(locale));
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${f.from ?? "…"} ~ ${f.to ?? "…"}`);
  if (f.category?.length) parts.push(list(f.category.map(categoryLabeler(names.categories, locale)), "disjunction"));
  const event = f.event && f.event !== "none" ? names.events.find((e) => e.id === f.event) : undefined;
  if (f.event) parts.push(f.event === "none" ? t("dashboard.noEvent") : event ? recordName(locale, event.nameZh, event.nameEn) : `#${f.event}`);
  if (f.partyType?.length) parts.push(list(f.partyType.map((p) => t(`partyType.${p}`)), "disjunction"));
  if (f.party) parts.push(`${t("filters.party")} ${names.party ? recordName(locale, names.party.nameZh, names.party.nameEn) : `#${f.party}`}`);
  if (f.minValue) parts.push(`${t("filters.minValue")} ${money(f.minValue)}`);
  if (f.maxValue) parts.push(`${t("filters.maxValue")} ${money(f.maxValue)}`);
  if (f.termEndFrom || f.termEndTo) parts.push(`${t("filters.termEnd")} ${f.termEndFrom ?? "…"} ~ ${f.termEndTo ?? "…"}`);
  if (f.overDelivered === "1") parts.push(t("stewardship.overDelivery.filter"));
  parts.push(f.status?.length ? list(f.status.map((s) => t(`status.${s}`)), "disjunction") : t("dashboard.signedScope"));
  if (f.q) parts.push(`“${f.q}”`);
  return parts;
}
