import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterField, filterControl } from "@/components/forms/filter-controls";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/audit/record-links";
import type { AuditFilters } from "@/lib/validation/audit";

type Actor = { id: number; name: string; email: string };

/** The audit log's filters as a plain GET form: every filter lives in the URL. */
export async function AuditFilterForm({ filters, actors }: { filters: AuditFilters; actors: Actor[] }) {
  const t = await getTranslations("auditLog");
  const label = (kind: "entity" | "action", value: string) => (t.has(`${kind}.${value}`) ? t(`${kind}.${value}` as never) : value);
  // A value from a shared link that the list does not offer stays selectable, so Apply keeps it.
  const withKept = (values: readonly string[], kept?: string) => (kept && !values.includes(kept) ? [...values, kept] : values);
  return (
    <form method="get" action="/admin/audit" className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-6" data-testid="audit-filters">
      <FilterField label={t("filter.actor")} className="col-span-2 md:col-span-1">
        <select name="actor" defaultValue={filters.actor ?? ""} className={filterControl} data-testid="audit-actor">
          <option value="">{t("filter.all")}</option>
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.email})</option>)}
        </select>
      </FilterField>
      <FilterField label={t("filter.entity")}>
        <select name="entity" defaultValue={filters.entity ?? ""} className={filterControl} data-testid="audit-entity">
          <option value="">{t("filter.all")}</option>
          {withKept(AUDIT_ENTITIES, filters.entity).map((e) => <option key={e} value={e}>{label("entity", e)}</option>)}
        </select>
      </FilterField>
      <FilterField label={t("filter.action")}>
        <select name="action" defaultValue={filters.action ?? ""} className={filterControl} data-testid="audit-action">
          <option value="">{t("filter.all")}</option>
          {withKept(AUDIT_ACTIONS, filters.action).map((a) => <option key={a} value={a}>{label("action", a)}</option>)}
        </select>
      </FilterField>
      <FilterField label={t("filter.from")}>
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={filterControl} data-testid="audit-from" />
      </FilterField>
      <FilterField label={t("filter.to")}>
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={filterControl} data-testid="audit-to" />
      </FilterField>
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <button type="submit" className={primaryButton} data-testid="audit-apply">{t("filter.apply")}</button>
        <Link href="/admin/audit" className={secondaryButton}>{t("filter.clear")}</Link>
      </div>
    </form>
  );
}
