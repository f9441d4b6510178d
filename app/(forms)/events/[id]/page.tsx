import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { KpiCard } from "@/components/dashboard/kpi-card";
import { withAmounts } from "@/components/ui/amount";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteUnusedButton } from "@/components/reference/delete-unused-button";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listAgreements } from "@/db/queries/agreements";
import { countEventReferences, getEvent, getEventTotals } from "@/db/queries/events";
import type { Event } from "@/db/schema";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { recordName } from "@/lib/i18n/record-name";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { agreementFiltersSchema, filtersToParams } from "@/lib/validation/agreement-filters";
import { parseIdSegment } from "@/lib/validation/common";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const textLink = "text-sm text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireSession();
  const id = parseIdSegment((await params).id);
  const event = id ? await getEvent(await getDb(), id) : undefined;
  if (!event) notFound();
  return { title: recordName(await getLocale(), event.nameZh, event.nameEn) };
}

export default async function EventPage({ params, searchParams }: Props) {
  const user = await requireSession();
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const event = await getEvent(db, id);
  if (!event) notFound();

  const sp = await searchParams;
  const wanted = agreementFiltersSchema.safeParse({ event: event.id, page: sp.page, sort: sp.sort });
  const filters = wanted.success ? wanted.data : agreementFiltersSchema.parse({ event: event.id });
  const [totals, agreements, references] = await Promise.all([getEventTotals(db, event.id), listAgreements(db, filters), countEventReferences(db, event.id)]);

  const t = await getTranslations("events");
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  const title = recordName(locale, event.nameZh, event.nameEn);
  return (
    <>
      <Link href="/events" className={textLink}><span aria-hidden="true">← </span>{t("backToList")}</Link>
      <div className="mt-2">
        <PageHeader
          title={title}
          description={[event.heldOn, event.venue].filter(Boolean).join(" · ")}
          actions={
            canWrite(user) && (
              <>
                {references === 0 && <DeleteUnusedButton kind="event" id={event.id} version={event.version} after="/events" />}
                <Link href={`/events/${event.id}/edit`} className={secondaryButton} data-testid="edit-event">{t("edit")}</Link>
                <Link href={`/events/${event.id}/batch`} className={secondaryButton} data-testid="batch-entry">{t("batchEntry")}</Link>
                <Link href={`/agreements/new?event=${event.id}`} className={primaryButton} data-testid="new-agreement">{t("newAgreement")}</Link>
              </>
            )
          }
        />
      </div>

      <EventDetails event={event} />

      <div className="mb-2 grid gap-4 sm:grid-cols-3">
        <KpiCard label={t("kpi.count")} value={t("kpi.countUnit", { count: totals.count })} testId="event-kpi-count" />
        <KpiCard
          label={t("kpi.signedValue")}
          value={formatAmount(totals.signedValue, money)}
          detail={withAmounts((v) => t("kpi.split", v), { binding: formatAmount(totals.bindingValue, money), intended: formatAmount(totals.intendedValue, money) })}
          testId="event-kpi-signed-value"
        />
        <KpiCard
          label={t("kpi.delivered")}
          value={formatAmount(totals.deliveredValue, money)}
          detail={t("kpi.deliveredExact", { value: formatAmountExact(totals.deliveredValue, money) })}
          testId="event-kpi-delivered"
        />
      </div>
      <p className="mb-8 text-xs text-slate-500">{t("basis")}</p>

      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-slate-900">{t("agreements")}</h2>
        <Link href={`/agreements?event=${event.id}`} className={textLink} data-testid="view-in-list">{t("viewInList")}</Link>
      </div>
      {agreements.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">{t("agreementsEmpty")}</p>
      ) : (
        <AgreementTable items={agreements.items} />
      )}
      <Pagination
        page={agreements.page}
        pageSize={agreements.pageSize}
        total={agreements.total}
        params={filtersToParams({ sort: filters.sort })}
        basePath={`/events/${event.id}`}
      />
    </>
  );
}

async function EventDetails({ event }: { event: Event }) {
  const t = await getTranslations("events");
  const rows: [string, string | null][] = [
    [t("fields.nameZh"), event.nameZh],
    [t("fields.nameEn"), event.nameEn],
    [t("fields.heldOn"), event.heldOn],
    [t("fields.venue"), event.venue],
    [t("fields.host"), event.host],
    [t("fields.notes"), event.notes],
  ];
  return (
    <section aria-labelledby="event-details" className="mb-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="event-details" className="mb-3 text-base font-semibold text-slate-900">{t("details")}</h2>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {rows.map(([label, value], i) => (
          <div key={label} className={i === rows.length - 1 ? "sm:col-span-2" : undefined}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="mt-0.5 whitespace-pre-line break-words text-slate-900">{value || t("none")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
