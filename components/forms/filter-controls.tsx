import { getLocale, getTranslations } from "next-intl/server";
import type { CategoryOption, EventOption } from "@/db/queries/reference-data";
import type { RollupFilters } from "@/lib/domain/rollups";
import { PARTY_TYPES } from "@/lib/domain/enums";
import { categoryLabeler } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { KeptOption } from "./kept-option";

/** The look of every control in the list's and the dashboard's filter forms. */
export const filterControl =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600";

/** A filter control under its small label. */
export function FilterField({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <label className={`block text-xs font-medium text-slate-600 ${className}`}>
      {label}
      <span className="mt-1 block">{children}</span>
    </label>
  );
}

type Filters = Pick<RollupFilters, "category" | "event" | "partyType">;

/** The category, event and party-type selects both filter forms share, keeping values their options cannot show. */
export async function CategorySelect({ filters, categories, testId }: { filters: Filters; categories: CategoryOption[]; testId?: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const label = categoryLabeler(categories, locale);
  return (
    <FilterField label={t("agreements.category")}>
      <select name="category" defaultValue={filters.category?.join(",") ?? ""} className={filterControl} data-testid={testId}>
        <option value="">{t("filters.all")}</option>
        {categories.map((c) => (
          <option key={c.key} value={c.key}>{c.active ? label(c.key) : t("categoryAdmin.retiredOption", { name: label(c.key) })}</option>
        ))}
        <KeptOption values={filters.category} options={categories.map((c) => c.key)} label={label} locale={locale} />
      </select>
    </FilterField>
  );
}

export async function EventSelect({ filters, events }: { filters: Filters; events: EventOption[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <FilterField label={t("agreements.event")}>
      <select name="event" defaultValue={filters.event ?? ""} className={filterControl}>
        <option value="">{t("filters.all")}</option>
        <option value="none">{t("dashboard.noEvent")}</option>
        {events.map((e) => <option key={e.id} value={e.id}>{e.heldOn} {recordName(locale, e.nameZh, e.nameEn)}</option>)}
      </select>
    </FilterField>
  );
}

export async function PartyTypeSelect({ filters }: { filters: Filters }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <FilterField label={t("filters.partyType")}>
      <select name="partyType" defaultValue={filters.partyType?.join(",") ?? ""} className={filterControl}>
        <option value="">{t("filters.all")}</option>
        {PARTY_TYPES.map((p) => <option key={p} value={p}>{t(`partyType.${p}`)}</option>)}
        <KeptOption values={filters.partyType} options={PARTY_TYPES} label={(p) => t(`partyType.${p}`)} locale={locale} />
      </select>
    </FilterField>
  );
}
