import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryTable } from "@/components/dashboard/category-table";
import { KpiCard } from "@/components/dashboard/kpi-card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getTotals, rollupByCategory } from "@/db/queries/rollups";
import { requireSession } from "@/lib/auth/guard";
import { asMoneyLocale } from "@/lib/i18n/labels";
import { formatAmount, formatAmountExact } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await requireSession();
  const db = await getDb();
  const [totals, byCategory] = await Promise.all([getTotals(db), rollupByCategory(db)]);
  const t = await getTranslations("dashboard");
  const moneyLocale = asMoneyLocale(await getLocale());
  return (
    <>
      <PageHeader title={t("title")} description={t("basis")} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <KpiCard label={t("signedCount")} value={t("countUnit", { count: totals.count })} testId="kpi-count" />
        <KpiCard
          label={t("signedValue")}
          value={formatAmount(totals.signedValue, moneyLocale)}
          detail={formatAmountExact(totals.signedValue, moneyLocale)}
          testId="kpi-signed-value"
        />
        <KpiCard label={t("partiesCount")} value={t("partiesUnit", { count: totals.parties })} testId="kpi-parties" />
      </div>
      {totals.count === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">{t("empty")}</p>
      ) : (
        <CategoryTable items={byCategory} total={totals.signedValue} />
      )}
    </>
  );
}
