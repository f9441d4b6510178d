import { getTranslations } from "next-intl/server";

export default async function PartiesLoading() {
  const t = await getTranslations("common");
  return (
    <div aria-busy="true" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-40 rounded bg-slate-200" />
      <div className="h-20 rounded-xl bg-slate-200" />
      <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-6 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
