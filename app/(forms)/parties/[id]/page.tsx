import { parseIdSegment } from "@/lib/validation/common";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { KpiCard } from "@/components/dashboard/kpi-card";
import { withAmounts } from "@/components/ui/amount";
import { PartyDetails } from "@/components/parties/party-details";
import { DeleteUnusedButton } from "@/components/reference/delete-unused-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listAgreements } from "@/db/queries/agreements";
import { countOrganizationReferences, listOrganizationAliases } from "@/db/queries/organization-merge";
import { getOrganization, getOrganizationTotals } from "@/db/queries/organizations";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { otherRecordName, recordName } from "@/lib/i18n/record-name";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { parsePageParam } from "@/lib/validation/organization";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireSession();
  const id = parseIdSegment((await params).id);
  const org = id ? await getOrganization(await getDb(), id) : null;
  if (!org) notFound();
  return { title: recordName(await getLocale(), org.nameZh, org.nameEn) };
}

const button =
  "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600";

export default async function PartyPage({ params, searchParams }: Props) {
  const user = await requireSession();
  const id = parseIdSegment((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const org = await getOrganization(db, id);
  if (!org) notFound();
  const sp = await searchParams;
  const page = parsePageParam(sp.page);
  const [totals, agreements, aliases, references] = await Promise.all([
    getOrganizationTotals(db, id),
    listAgreements(db, agreementFiltersSchema.parse({ party: id, page })),
    listOrganizationAliases(db, id),
    countOrganizationReferences(db, id),
  ]);
  const merged = typeof sp.merged === "string" ? sp.merged.slice(0, 200) : null;
  const t = await getTranslations("parties");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const moneyLocale = asMoneyLocale(locale);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/parties" className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader
        title={recordName(locale, org.nameZh, org.nameEn)}
        description={otherRecordName(locale, org.nameZh, org.nameEn) ?? undefined}
        actions={
          <>
            <Link href={`/agreements?party=${id}`} className={button} data-testid="party-agreements-link">
              {t("viewInAgreements")}
            </Link>
            {user.role === "admin" && (
              <Link href={`/parties/${id}/merge`} className={button} data-testid="merge-party">
                {tAll("stewardship.merge.button")}
              </Link>
            )}
            {canWrite(user) && references === 0 && <DeleteUnusedButton kind="organization" id={id} version={org.version} after="/parties" />}
            {canWrite(user) && (
              <Link
                href={`/parties/${id}/edit`}
                data-testid="edit-party"
                className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                {t("edit")}
              </Link>
            )}
          </>
        }
      />
      {merged && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="merged-notice">
          {tAll("stewardship.merge.done", { name: merged })}
        </p>
      )}
      {canWrite(user) && references > 0 && (
        <p className="mb-4 text-xs text-slate-500" data-testid="party-in-use">{tAll("stewardship.delete.organizationInUse", { count: references })}</p>
      )}
      <section aria-labelledby="party-totals" className="mb-6">
        <h2 id="party-totals" className="sr-only">
          {t("totals.label")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <KpiCard label={t("totals.count")} value={String(totals.count)} detail={t("totals.scope")} testId="party-count" />
          <KpiCard
            label={t("totals.signedValue")}
            value={formatAmount(totals.signedValue, moneyLocale)}
            detail={withAmounts((v) => tAll("dashboard.bindingIntended", v), {
              binding: formatAmount(totals.bindingValue, moneyLocale),
              intended: formatAmount(totals.intendedValue, moneyLocale),
            })}
            testId="party-signed-value"
          />
          <KpiCard
            label={t("totals.deliveredValue")}
            value={formatAmount(totals.deliveredValue, moneyLocale)}
            detail={formatAmountExact(totals.deliveredValue, moneyLocale)}
            testId="party-delivered-value"
          />
        </div>
      </section>
      <PartyDetails org={org} aliases={aliases} />
      <section aria-labelledby="party-agreements" className="mt-8">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="party-agreements" className="text-lg font-semibold text-slate-900">
            {t("agreements")}
          </h2>
          <p className="tabular text-sm text-slate-500">{t("agreementsNote", { count: agreements.total })}</p>
        </div>
        {agreements.items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">{t("agreementsEmpty")}</p>
        ) : (
          <AgreementTable items={agreements.items} />
        )}
        <Pagination page={agreements.page} pageSize={agreements.pageSize} total={agreements.total} params={new URLSearchParams()} basePath={`/parties/${id}`} />
      </section>
    </>
  );
}
