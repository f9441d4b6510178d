import { getFormatter, getTranslations } from "next-intl/server";
import { FILTER_LABELS as LABELS } from "@/lib/dashboard/filter-text";

/** Says which URL parameters were unusable and left out, so a shared link never silently shows other figures. */
export async function IgnoredParams({ params }: { params: string[] }) {
  if (params.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const names = params.map((p) => (LABELS[p] ? t(LABELS[p] as never) : p));
  return (
    <p role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="ignored-params">
      {t("filters.ignored", { params: format.list(names, { type: "conjunction", style: "narrow" }) })}
    </p>
  );
}
