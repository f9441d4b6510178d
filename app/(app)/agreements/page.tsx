import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementResults, AgreementResultsSkeleton } from "@/components/agreements/agreement-results";
import { ColumnChooser } from "@/components/agreements/column-chooser";
import { FilterBar } from "@/components/agreements/filter-bar";
import { SavedViews } from "@/components/agreements/saved-views";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getOrganization } from "@/db/queries/organizations";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { getListColumns, listSavedViews } from "@/db/queries/saved-views";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { recordName } from "@/lib/i18n/record-name";
import { filtersToParams, parseAgreementFiltersLenient } from "@/lib/validation/agreement-filters";
import { effectiveColumns, LIST_COLUMNS, type ListColumn } from "@/lib/validation/list-columns";
import { ExportButtons } from "@/components/imports/export-buttons";
import { primaryButton, secondaryButton } from "@/components/ui/buttons";
import { IgnoredParams } from "@/components/ui/ignored-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgreementsPage({ searchParams }: Props) {
  const user = await requireSession();
  const { filters, ignored } = parseAgreementFiltersLenient(await searchParams);
  const db = await getDb();
  const locale = await getLocale();
  const [categories, events, partyName, remembered, views] = await Promise.all([
    listCategories(db, { withRetired: true }),
    listEventOptions(db),
    filters.party ? getOrganization(db, filters.party).then((o) => (o ? recordName(locale, o.nameZh, o.nameEn) : undefined)) : undefined,
    getListColumns(db, user.id),
    listSavedViews(db, user.id),
  ]);
  const columns = effectiveColumns(filters, remembered);
  const t = await getTranslations();
  const labels = Object.fromEntries(LIST_COLUMNS.map((c) => [c, t(`agreementList.column.${c}`)])) as Record<ListColumn, string>;
  const query = filtersToParams(filters);
  return (
    <>
      <PageHeader
        title={t("agreements.title")}
        actions={
          <>
            <ExportButtons filters={filters} />
            {canWrite(user) && (
              <Link href="/agreements/import" data-testid="import-agreements" className={secondaryButton}>
                {t("spreadsheets.importLink")}
              </Link>
            )}
            {canWrite(user) && (
              <Link href="/agreements/new" data-testid="new-agreement" className={primaryButton}>
                {t("filters.new")}
              </Link>
            )}
          </>
        }
      />
      <FilterBar filters={filters} categories={categories} events={events} partyName={partyName} />
      <IgnoredParams params={ignored} />
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="min-w-0">
          <div className="mb-2 flex justify-end">
            <ColumnChooser key={columns.join(",")} shown={columns} labels={labels} query={query.toString()} />
          </div>
          <Suspense key={query.toString()} fallback={<AgreementResultsSkeleton />}>
            <AgreementResults filters={filters} columns={columns} />
          </Suspense>
        </div>
        <div className="order-first lg:order-none">
          <SavedViews views={views} current={filtersToParams({ ...filters, cols: columns, page: 1 }).toString()} />
        </div>
      </div>
    </>
  );
}
