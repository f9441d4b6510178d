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

/** The URL parameter → the label of its control on the list and dashboard filter forms. */
export const FILTER_LABELS: Record<string, string> = {
  q: "filters.q",
  category: "agreements.category",
  status: "agreements.status",
  event: "agreements.event",
  partyType: "filters.partyType",
  party: "filters.party",
  from: "filters.from",
  to: "filters.to",
  minValue: "filters.minValue",
  maxValue: "filters.maxValue",
  termEndFrom: "filters.termEndFrom",
  termEndTo: "filters.termEndTo",
  deleted: "filters.deleted",
  overDelivered: "stewardship.overDelivery.filter",
  sort: "filters.sort",
  page: "ui.params.page",
  pageSize: "filters.pageSize",
};

/**
 * Every filter in force as "label: value" (a checkbox filter: its label, value empty), each named as the filter form labels it:
 * what the printed brief and the counted parties and events lists say they cover.
 */
export function labelledFilters(f: RollupFilters, names: FilterNames, t: Translate, locale: string): { label: string; value: string }[] {
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "disjunction", style: "narrow" }).format(items);
  const money = (v: string) => formatAmount(v, asMoneyLocale(locale));
  const out: { label: string; value: string }[] = [];
  const add = (key: string, value: string) => out.push({ label: t(FILTER_LABELS[key]), value });
  if (f.from) add("from", f.from);
  if (f.to) add("to", f.to);
  if (f.category?.length) add("category", list(f.category.map(categoryLabeler(names.categories, locale))));
  const event = f.event && f.event !== "none" ? names.events.find((e) => e.id === f.event) : undefined;
  if (f.event) add("event", f.event === "none" ? t("dashboard.noEvent") : event ? recordName(locale, event.nameZh, event.nameEn) : `#${f.event}`);
  if (f.partyType?.length) add("partyType", list(f.partyType.map((p) => t(`partyType.${p}`))));
  if (f.party) add("party", names.party ? recordName(locale, names.party.nameZh, names.party.nameEn) : `#${f.party}`);
  if (f.minValue) add("minValue", money(f.minValue));
  if (f.maxValue) add("maxValue", money(f.maxValue));
  if (f.termEndFrom) add("termEndFrom", f.termEndFrom);
  if (f.termEndTo) add("termEndTo", f.termEndTo);
  if (f.overDelivered === "1") add("overDelivered", "");
  add("status", f.status?.length ? list(f.status.map((s) => t(`status.${s}`))) : t("dashboard.signedScope"));
  if (f.q) add("q", `“${f.q}”`);
  return out;
}
