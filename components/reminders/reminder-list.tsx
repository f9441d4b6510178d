import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReminderItem } from "@/db/queries/reminders";
import { ReminderActions } from "./reminder-actions";

/** A reminder's one line: what is due, for which agreement (English title in English where there is one). */
export async function ReminderList({ items, compact = false }: { items: ReminderItem[]; compact?: boolean }) {
  const t = await getTranslations("reminders");
  const locale = await getLocale();
  return (
    <ul className="divide-y divide-slate-100" data-testid="reminder-list">
      {items.map((r) => (
        <li key={r.id} className="flex flex-wrap items-start gap-x-4 gap-y-2 py-3" data-testid="reminder-item">
          <div className="min-w-0 flex-1 basis-64">
            <p className="font-medium text-slate-900">{t(`rule.${r.rule}`, { days: r.threshold, date: r.termEnd ?? "—" })}</p>
            <p className="mt-0.5 text-sm text-slate-600">
              <Link href={`/agreements/${r.agreementId}`} className="text-brand-700 underline">
                {locale === "en" && r.titleEn ? r.titleEn : r.titleZh}
              </Link>
              <span className="tabular ml-2 whitespace-nowrap text-slate-500">{r.reference}</span>
            </p>
            {!compact && <p className="tabular mt-0.5 text-xs text-slate-500">{t("page.raisedOn", { date: r.raisedOn })}</p>}
          </div>
          {!compact && <ReminderActions id={r.id} reference={r.reference} />}
        </li>
      ))}
    </ul>
  );
}
