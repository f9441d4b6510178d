import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FiltersApplied } from "@/components/dashboard/filters-applied";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listEvents, type EventListItem } from "@/db/queries/events";
import { getFilterNames } from "@/db/queries/reference-data";
import { countedParams } from "@/lib/dashboard/drilldown";
import { dashboardParams } from "@/lib/dashboard/params";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount, type MoneyLocale } from "@/lib/money";
import { eventListParamsSchema } from "@/lib/validation/event";
import { primaryButton } from "@/components/ui/buttons";

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const user = await requireSession();
  const raw = await searchParams;
  // `counted=1`: the dashboard's 签约活动 figure, its agreement filters in the URL (`q` then searches agreements).
  const counted = raw.counted === "1" ? dashboardParams(raw) : null;
  const { q, page } = eventListParamsSchema.parse(counted ? { page: raw.page } : raw);
  const db = await getDb();
  const [result, names] = await Promise.all([
    listEvents(db, { q, counted: counted?.filters, page, pageSize: PAGE_SIZE }),
    counted ? getFilterNames(db, counted.filters) : null,
  ]);
  const t = await getTranslations("events");
  const tBrief = await getTranslations("brief");
  const locale = await getLocale();
  const params = counted ? countedParams(counted.filters) : new URLSearchParams(q ? { q } : {});
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite(user) && (
            <Link href="/events/new" data-testid="new-event"
              className={primaryButton}>
              {t("new")}
            </Link>
          )
        }
      />
      {counted && names ? (
        <>
          <IgnoredParams params={counted.ignored} />
          <FiltersApplied filters={counted.filters} names={names} note={tBrief("eventsNote")} clearHref="/events" />
        </>
      ) : (
        <form role="search" action="/events" className="mb-4 flex flex-wrap items-end gap-2">
          <label htmlFor="event-q" className="sr-only">{t("searchLabel")}</label>
          <input id="event-q" name="q" type="search" defaultValue={q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100}
            className="block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600" />
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("search")}
          </button>
          {q && (
            <Link href="/events" className="px-2 py-2 text-sm text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
              {t("clearSearch")}
            </Link>
          )}
        </form>
      )}
      <p className="tabular mb-3 text-sm text-slate-600" aria-live="polite" data-testid="list-summary">
        {t("summary", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="events-empty">
          {counted ? tBrief("none") : q ? t("emptySearch", { q }) : t("empty")}
        </p>
      ) : (
        <EventTable items={result.items} locale={locale} moneyLocale={asMoneyLocale(locale)} />
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={result.total} params={params} basePath="/events" />
    </>
  );
}

async function EventTable({ items, locale, moneyLocale }: { items: EventListItem[]; locale: string; moneyLocale: MoneyLocale }) {
  const t = await getTranslations("events");
  const tAll = await getTranslations();
  const th = "px-3 py-2 font-medium";
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-sm" data-testid="event-table">
        <thead className="bg-slate-50 text-left text-slate-500">
          <tr>
            <th scope="col" className={th}>{t("columns.name")}</th>
            <th scope="col" className={th}>{t("columns.heldOn")}</th>
            <th scope="col" className={th}>{t("columns.venue")}</th>
            <th scope="col" className={`${th} text-right`}>{t("columns.count")}</th>
            <th scope="col" className={`${th} text-right`}>{t("columns.signedValue")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/events/${e.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                  {recordName(locale, e.nameZh, e.nameEn)}
                </Link>
                {e.host && <span className="mt-0.5 block text-xs text-slate-500">{e.host}</span>}
              </td>
              <td className="tabular whitespace-nowrap px-3 py-2">{e.heldOn}</td>
              <td className="px-3 py-2">{e.venue ?? t("none")}</td>
              <td className="tabular whitespace-nowrap px-3 py-2 text-right">{e.agreementCount}</td>
              <td className="tabular px-3 py-2 text-right">
                <span className="whitespace-nowrap">{formatAmount(e.signedValue, moneyLocale)}</span>
                <span className="block text-xs text-slate-500" data-testid="event-value-split">
                  {tAll("dashboard.bindingIntended", { binding: formatAmount(e.bindingValue, moneyLocale), intended: formatAmount(e.intendedValue, moneyLocale) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
