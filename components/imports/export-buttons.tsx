import { getTranslations } from "next-intl/server";
import { secondaryButton } from "@/components/ui/buttons";
import { filtersToParams, type AgreementFilters } from "@/lib/validation/agreement-filters";

/** CSV and XLSX of exactly the filtered, sorted list on screen, every page of it. */
export async function ExportButtons({ filters }: { filters: AgreementFilters }) {
  // The API exports live agreements only; the deleted list offers no export rather than a different set.
  if (filters.deleted === "1") return null;
  const t = await getTranslations("spreadsheets");
  const params = filtersToParams({ ...filters, page: undefined, pageSize: undefined });
  const href = (format: string) => {
    const p = new URLSearchParams(params);
    p.set("format", format);
    return `/api/v1/agreements/export?${p}`;
  };
  return (
    <>
      <a href={href("xlsx")} className={secondaryButton} data-testid="list-export-xlsx" download>
        {t("exportXlsx")}
      </a>
      <a href={href("csv")} className={secondaryButton} data-testid="list-export-csv" download>
        {t("exportCsv")}
      </a>
    </>
  );
}
