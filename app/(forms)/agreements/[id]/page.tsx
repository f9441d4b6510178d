import { parseIdSegment } from "@/lib/validation/common";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementHistory } from "@/components/agreements/agreement-history";
import { DeleteRestore } from "@/components/agreements/delete-restore";
import { DeliveredBar } from "@/components/agreements/delivered-bar";
import { ProgressForm } from "@/components/agreements/progress-form";
import { ProgressList } from "@/components/agreements/progress-list";
import { OwnerForm } from "@/components/agreements/owner-form";
import { StatusBadge } from "@/components/agreements/status-badge";
import { AttachmentSection } from "@/components/documents/attachment-section";
import { getDb } from "@/db/client";
import { getAgreement, listAgreementHistory, listProgressUpdates } from "@/db/queries/agreement-detail";
import { listOwnerOptions } from "@/db/queries/owners";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { todayInShanghai } from "@/lib/dates";
import { asMoneyLocale, pickLabel } from "@/lib/i18n/labels";
import { otherRecordName, recordName } from "@/lib/i18n/record-name";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { primaryButton } from "@/components/ui/buttons";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ attachment?: string }> };

/** The agreement's own title in the tab; a missing one is a real 404 (the page's `notFound()` alone would answer after the head). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireSession();
  const id = parseIdSegment((await params).id);
  const agreement = id ? await getAgreement(await getDb(), id) : undefined;
  if (!agreement) notFound();
  return { title: `${recordName(await getLocale(), agreement.titleZh, agreement.titleEn)} · ${agreement.reference}` };
}

const card = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";

export default async function AgreementPage({ params, searchParams }: Props) {
  const user = await requireSession();
  const id = parseIdSegment((await params).id);
  const db = await getDb();
  const agreement = id ? await getAgreement(db, id) : undefined;
  if (!agreement) notFound();
  const writer = canWrite(user);
  const [progress, history, categories, events, owners] = await Promise.all([
    listProgressUpdates(db, agreement.id),
    listAgreementHistory(db, agreement.id),
    listCategories(db, { withRetired: true }),
    listEventOptions(db),
    writer && !agreement.deletedAt ? listOwnerOptions(db) : [],
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const money = asMoneyLocale(locale);
  // Set by the agreement form when the agreement saved but the file from "从文件填写" did not attach.
  const attachFailed = (await searchParams).attachment === "failed";
  const amount = (v: string | null) => (v ? formatAmount(v, money) : "—");
  const facts: [string, React.ReactNode][] = [
    [t("agreementForm.category"), pickLabel({ zh: agreement.category.nameZh, zhHant: agreement.category.nameZhHant, en: agreement.category.nameEn }, locale)],
    [t("agreementForm.event"), agreement.event ? <Link className="text-brand-700 underline" href={`/events/${agreement.event.id}`}>{recordName(locale, agreement.event.nameZh, agreement.event.nameEn)}</Link> : "—"],
    [t("agreementForm.signedOn"), agreement.signedOn ?? "—"],
    [t("detail.term"), agreement.termStart || agreement.termEnd ? `${agreement.termStart ?? "…"} ~ ${agreement.termEnd ?? "…"}` : "—"],
    [t("agreementForm.signedValue"), agreement.signedValue ? <span title={formatAmountExact(agreement.signedValue, money)} data-testid="detail-value">{amount(agreement.signedValue)} · {t(`valueKind.${agreement.valueKind}`)}</span> : "—"],
    [locale === "en" ? t("agreementForm.titleZh") : t("agreementForm.titleEn"), otherRecordName(locale, agreement.titleZh, agreement.titleEn) ?? "—"],
    [t("reminders.owner.label"), <span key="owner" data-testid="detail-owner">{agreement.ownerName ?? t("reminders.owner.none")}</span>],
  ];
  return (
    <div className="space-y-6">
      {agreement.deletedAt && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-rose-200 bg-rose-50 p-4 text-rose-900" data-testid="deleted-banner">
          <p>{t("detail.deletedNotice")}</p>
          {writer && <DeleteRestore id={agreement.id} deleted />}
        </div>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="tabular text-sm text-slate-500">{agreement.reference}</p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="detail-title">{recordName(locale, agreement.titleZh, agreement.titleEn)}</h1>
          <div className="mt-1 flex items-center gap-2 text-sm text-slate-500">
            <StatusBadge status={agreement.status} />
            {agreement.updatedByName && <span>{t("detail.updatedBy", { name: agreement.updatedByName, version: agreement.version })}</span>}
          </div>
        </div>
        {writer && !agreement.deletedAt && (
          <div className="flex gap-2">
            <Link href={`/agreements/${agreement.id}/edit`} data-testid="edit-agreement"
              className={primaryButton}>
              {t("detail.edit")}
            </Link>
            <DeleteRestore id={agreement.id} deleted={false} />
          </div>
        )}
      </div>

      <section className={card}>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt className="text-slate-500">{k}</dt>
              <dd className="mt-0.5 text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
        {agreement.summary && <p className="mt-4 whitespace-pre-line text-sm text-slate-700">{agreement.summary}</p>}
        {owners.length > 0 && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <OwnerForm agreementId={agreement.id} ownerId={agreement.ownerId} options={owners} />
          </div>
        )}
      </section>

      <section className={card} aria-labelledby="parties-h">
        <h2 id="parties-h" className="mb-3 text-base font-semibold">{t("agreementForm.parties")}</h2>
        <ol className="divide-y divide-slate-100 text-sm" data-testid="detail-parties">
          {agreement.parties.map((p) => (
            <li key={p.organizationId} className="flex flex-wrap items-baseline gap-x-3 py-2">
              <span className="w-14 font-medium text-brand-800">{t("agreementForm.position", { n: p.position })}</span>
              <Link href={`/parties/${p.organizationId}`} className="text-brand-700 underline">{recordName(locale, p.nameZh, p.nameEn)}</Link>
              {p.isLead && <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-800">{t("agreementForm.lead")}</span>}
              <span className="text-xs text-slate-500">{t(`partyType.${p.type}`)}</span>
              {(p.signatoryName || p.signatoryTitle) && <span className="text-slate-600">{[p.signatoryName, p.signatoryTitle].filter(Boolean).join(" · ")}</span>}
            </li>
          ))}
        </ol>
      </section>

      <Suspense fallback={<div className="h-28 animate-pulse rounded-xl bg-slate-200" />}>
        <AttachmentSection agreementId={agreement.id} deleted={Boolean(agreement.deletedAt)} notice={attachFailed ? t("documents.attachFailedAfterSave") : undefined} />
      </Suspense>

      <section className={card} aria-labelledby="progress-h">
        <h2 id="progress-h" className="mb-3 text-base font-semibold">{t("detail.progress")}</h2>
        <DeliveredBar delivered={agreement.deliveredValue} signed={agreement.signedValue} valueKind={agreement.valueKind} />
        <ProgressList entries={progress} delivered={agreement.deliveredValue} signed={agreement.signedValue} editable={writer && !agreement.deletedAt} />
        {writer && !agreement.deletedAt && <ProgressForm agreementId={agreement.id} today={todayInShanghai()} delivered={agreement.deliveredValue} signed={agreement.signedValue} />}
      </section>

      <section className={card} aria-labelledby="history-h">
        <h2 id="history-h" className="mb-3 text-base font-semibold">{t("detail.history")}</h2>
        <AgreementHistory
          entries={history}
          names={{
            categories: new Map(categories.map((c) => [c.id, pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale)])),
            events: new Map(events.map((e) => [e.id, recordName(locale, e.nameZh, e.nameEn)])),
          }}
        />
      </section>
    </div>
  );
}
