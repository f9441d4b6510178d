import { getTranslations } from "next-intl/server";

/** Says which URL parameters were unusable and left out, so a shared link never silently shows other figures. */
export async function IgnoredParams({ params }: { params: string[] }) {
  if (params.length === 0) return null;
  const t = await getTranslations("filters");
  return (
    <p role="status" className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="ignored-params">
      {t("ignored", { params: params.join(", ") })}
    </p>
  );
}
