import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/imports/import-panel";
import { secondaryButton } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spreadsheets"))("title") };
}

/** Staff and admins import sheets; executives get a real 403 (this page sits outside the streaming layout). */
export default async function ImportPage() {
  await requireRole("admin", "staff");
  const t = await getTranslations("spreadsheets");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <>
            <a href="/agreements/import/template?format=xlsx" className={secondaryButton} data-testid="template-xlsx" download>
              {t("templateXlsx")}
            </a>
            <a href="/agreements/import/template?format=csv" className={secondaryButton} data-testid="template-csv" download>
              {t("templateCsv")}
            </a>
          </>
        }
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("formats")}</p>
      <ImportPanel />
    </>
  );
}
