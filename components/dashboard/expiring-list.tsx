import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ExpiringTerms } from "@/db/queries/expiring";
import { recordName } from "@/lib/i18n/record-name";

/** Terms ending in the next 90 days, and signed agreements past their end not marked completed or terminated; each count links to its list. */
export async function ExpiringList({ terms, hrefs }: { terms: ExpiringTerms; hrefs: { soon: string | null; overdue: string | null } }) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const list = (title: string, count: number, items: ExpiringTerms["soon"], testId: string, tone: string, href: string | null) => (
    <div data-testid={testId} className="min-w-0">
      <h3 className="text-sm font-semibold">
        {title}{" "}
        {href ? (
          <Link href={href} className={`tabular ml-1 rounded px-1.5 text-xs underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 ${tone}`} data-testid={`${testId}-link`}>
            {count}
          </Link>
        ) : (
          <span className={`tabular ml-1 rounded px-1.5 text-xs ${tone}`}>{count}</span>
        )}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noneDue")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {items.map((a) => (
            <li key={a.id} className="flex items-baseline gap-3 py-1.5">
              <span className="tabular w-24 shrink-0 text-slate-500">{a.termEnd}</span>
              <Link href={`/agreements/${a.id}`} className="min-w-0 truncate text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" title={recordName(locale, a.titleZh, a.titleEn)}>{recordName(locale, a.titleZh, a.titleEn)}</Link>
            </li>
          ))}
        </ul>
      )}
      {count > items.length && (
        <p className="mt-1 text-xs text-slate-500">
          {href ? <Link href={href} className="underline hover:text-slate-700">{t("andMore", { count: count - items.length })}</Link> : t("andMore", { count: count - items.length })}
        </p>
      )}
    </div>
  );
  return (
    <section className="panel print-hide rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="expiring-title">
      <h2 id="expiring-title" className="mb-3 text-base font-semibold">{t("expiringTitle")}</h2>
      <div className="grid gap-6 md:grid-cols-2">
        {list(t("expiringSoon"), terms.soonCount, terms.soon, "expiring-soon", "bg-amber-100 text-amber-900", hrefs.soon)}
        {list(t("overdue"), terms.overdueCount, terms.overdue, "expiring-overdue", "bg-rose-100 text-rose-800", hrefs.overdue)}
      </div>
    </section>
  );
}
