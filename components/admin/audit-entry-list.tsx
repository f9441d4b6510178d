import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntryRow } from "@/db/queries/audit";
import { auditRecordHref, changedKeys } from "@/lib/audit/record-links";

/** Audit entries newest first, one card each: readable at 390 px, scannable at 1280 px. */
export async function AuditEntryList({ entries }: { entries: AuditEntryRow[] }) {
  const t = await getTranslations("auditLog");
  const format = await getFormatter();
  const label = (kind: "entity" | "action", value: string) => (t.has(`${kind}.${value}`) ? t(`${kind}.${value}` as never) : value);
  return (
    <ol className="space-y-2" data-testid="audit-entries">
      {entries.map((e) => {
        const href = auditRecordHref(e.entity, e.entityId);
        const record = `${label("entity", e.entity)} #${e.entityId}`;
        const fields = changedKeys(e.before, e.after);
        return (
          <li key={e.id} className="rounded-xl border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="audit-entry">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time dateTime={e.at.toISOString()} className="tabular text-slate-500">
                {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" })}
              </time>
              <span className="font-medium text-slate-900" data-testid="audit-actor-name">
                {e.actorId == null ? t("system") : e.actorName ? `${e.actorName}` : t("unknownActor", { id: e.actorId })}
              </span>
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="audit-action-label">{label("action", e.action)}</span>
              {href ? (
                <Link href={href} className="text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="audit-record-link">
                  {record}
                </Link>
              ) : (
                <span className="text-slate-700">{record}</span>
              )}
            </div>
            {fields.length > 0 && (
              <details className="mt-1">
                <summary className="cursor-pointer break-words text-slate-600">{t("fields", { fields: fields.join(", ") })}</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <Snapshot title={t("before")} value={e.before} />
                  <Snapshot title={t("after")} value={e.after} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Snapshot({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-slate-500">{title}</p>
      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 p-2 text-xs text-slate-700">
        {value == null ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
