import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementResults, AgreementResultsSkeleton } from "@/components/agreements/agreement-results";
import { FilterBar } from "@/components/agreements/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getOrganization } from "@/db/queries/organizations";
import { listCategories, listEventOptions } from "@/db/queries/reference-data";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { recordName } from "@/lib/i18n/record-name";
import { filtersToParams, parseAgreementFiltersLenient } from "@/lib/validation/agreement-filters";
import { primaryButton } from "@/components/ui/buttons";
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
  const [categories, events, partyName] = await Promise.all([
    listCategories(db),
    listEventOptions(db),
    filters.party ? getOrganization(db, filters.party).then((o) => (o ? recordName(locale, o.nameZh, o.nameEn) : undefined)) : undefined,
  ]);
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("agreements.title")}
        actions={canWrite(user) && (
          <Link href="/agreements/new" data-testid="new-agreement" className={primaryButton}>
            {t("filters.new")}
          </Link>
        )}
      />
      <FilterBar filters={filters} categories={categories} events={events} partyName={partyName} />
      <IgnoredParams params={ignored} />
      <Suspense key={filtersToParams(filters).toString()} fallback={<AgreementResultsSkeleton />}>
        <AgreementResults filters={filters} />
      </Suspense>
    </>
  );
}
