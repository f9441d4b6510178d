import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { listAgreements } from "@/db/queries/agreements";
import { requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";
import { filtersToParams, forViewer, type AgreementFilters } from "@/lib/validation/agreement-filters";
import type { ListColumn } from "@/lib/validation/list-columns";
import { AgreementTable } from "./agreement-table";

/** The filtered list with its count and sum over every page; streamed so the filters stay usable while it loads. */
export async function AgreementResults({ filters, columns }: { filters: AgreementFilters; columns: ListColumn[] }) {
  const user = await requireSession(); // it loads data, so it checks for itself (cached per request)
  const result = await listAgreements(await getDb(), forViewer(filters, user.id));
  const t = await getTranslations("agreements");
  const money = asMoneyLocale(await getLocale());
  return (
    <>
      <p className="tabular mb-3 text-sm text-slate-600" data-testid="list-summary" aria-live="polite" title={formatAmountExact(result.signedValue, money)}>
        {t("summary", { count: result.total, sum: formatAmount(result.signedValue, money) })}
      </p>
      {result.total > 0 && (
        <p className="tabular -mt-2 mb-3 text-xs text-slate-500" data-testid="list-values">
          {t("summaryValues", {
            binding: formatAmount(result.bindingValue, money),
            intended: formatAmount(result.intendedValue, money),
            delivered: formatAmount(result.deliveredValue, money),
          })}
        </p>
      )}
      {result.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="empty-state">{t("empty")}</p>
      ) : (
        <AgreementTable items={result.items} columns={columns} filters={filters} />
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={filtersToParams(filters)} basePath="/agreements" />
    </>
  );
}

export async function AgreementResultsSkeleton() {
  const t = await getTranslations("common");
  return (
    <div aria-busy="true" className="animate-pulse space-y-2" data-testid="results-loading">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-5 w-64 rounded bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-12 rounded bg-slate-200" />)}
    </div>
  );
}
