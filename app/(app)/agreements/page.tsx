import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { FilterBar } from "@/components/agreements/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listAgreements } from "@/db/queries/agreements";
import { getOrganizationName } from "@/db/queries/agreement-detail";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { filtersToParams, parseAgreementFiltersLenient } from "@/lib/validation/agreement-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgreementsPage({ searchParams }: Props) {
  const user = await requireSession();
  const { filters, ignored } = parseAgreementFiltersLenient(await searchParams);
  const db = await getDb();
  const [result, categories, events, partyName] = await Promise.all([
    listAgreements(db, filters),
    listCategories(db),
    listEventOptions(db),
    filters.party ? getOrganizationName(db, filters.party) : undefined,
  ]);
  const t = await getTranslations();
  const money = asMoneyLocale(await getLocale());
  return (
    <>
      <PageHeader
        title={t("agreements.title")}
        actions={canWrite(user) && (
          <Link href="/agreements/new" data-testid="new-agreement" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600">
            {t("filters.new")}
          </Link>
        )}
      />
      <FilterBar filters={filters} categories={categories} events={events} partyName={partyName} />
      {ignored.length > 0 && (
        <p role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("filters.ignored", { params: ignored.join(", ") })}
        </p>
      )}
      <p className="tabular mb-3 text-sm text-slate-600" data-testid="list-summary" aria-live="polite" title={formatAmountExact(result.signedValue, money)}>
        {t("agreements.summary", { count: result.total, sum: formatAmount(result.signedValue, money) })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="empty-state">{t("agreements.empty")}</p>
      ) : (
        <AgreementTable items={result.items} />
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={filtersToParams(filters)} basePath="/agreements" />
    </>
  );
}
