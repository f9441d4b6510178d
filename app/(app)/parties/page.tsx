import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FiltersApplied } from "@/components/dashboard/filters-applied";
import { PartyFilters } from "@/components/parties/party-filters";
import { PartyTable } from "@/components/parties/party-table";
import { PageHeader } from "@/components/ui/page-header";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listOrganizations } from "@/db/queries/organizations";
import { getFilterNames } from "@/db/queries/reference-data";
import { countedParams } from "@/lib/dashboard/drilldown";
import { dashboardParams } from "@/lib/dashboard/params";
import { canWrite, requireSession } from "@/lib/auth/guard";
import { organizationListParamsSchema } from "@/lib/validation/organization";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parties"))("title") };
}

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartiesPage({ searchParams }: Props) {
  const user = await requireSession();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // `counted=1`: the dashboard's 签约方 figure, its agreement filters in the URL (`q` then searches agreements).
  const counted = first(raw.counted) === "1" ? dashboardParams(raw) : null;
  const params = counted
    ? organizationListParamsSchema.parse({ page: first(raw.page) })
    : organizationListParamsSchema.parse({ q: first(raw.q), type: first(raw.type), page: first(raw.page) });
  const db = await getDb();
  const [result, names] = await Promise.all([
    listOrganizations(db, { ...params, counted: counted?.filters, pageSize: PAGE_SIZE }),
    counted ? getFilterNames(db, counted.filters) : null,
  ]);
  const t = await getTranslations("parties");
  const tBrief = await getTranslations("brief");
  const locale = await getLocale();
  // A page past the end also shows "no match" rather than "no parties yet".
  const filtered = Boolean(params.q || params.type || counted) || result.total > 0;
  const kept = counted ? countedParams(counted.filters) : new URLSearchParams();
  if (params.q) kept.set("q", params.q);
  if (params.type) kept.set("type", params.type);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite(user) && (
            <Link
              href="/parties/new"
              data-testid="new-party"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {t("new")}
            </Link>
          )
        }
      />
      {counted && names ? (
        <>
          <IgnoredParams params={counted.ignored} />
          <FiltersApplied filters={counted.filters} names={names} note={tBrief("partiesNote")} clearHref="/parties" />
        </>
      ) : (
        <PartyFilters q={params.q} type={params.type} />
      )}
      <p className="tabular mb-3 text-sm text-slate-600" data-testid="party-summary" aria-live="polite">
        {t("summary", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="party-empty">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <PartyTable items={result.items} locale={locale} />
      )}
      <Pagination page={params.page} pageSize={PAGE_SIZE} total={result.total} params={kept} basePath="/parties" />
    </>
  );
}
