import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links that keep every other URL parameter. */
export async function Pagination({ page, pageSize, total, params, basePath }: {
  page: number;
  pageSize: number;
  total: number;
  params: URLSearchParams;
  basePath: string;
}) {
  const t = await getTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set("page", String(p));
    else next.delete("page");
    const qs = next.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600";
  const disabled = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">{t("prev")}</Link> : <span className={disabled} aria-disabled="true">{t("prev")}</span>}
      <span className="tabular text-sm text-slate-600">{t("page", { page: Math.min(page, pages), pages })}</span>
      {page < pages ? <Link className={link} href={href(page + 1)} rel="next">{t("next")}</Link> : <span className={disabled} aria-disabled="true">{t("next")}</span>}
    </nav>
  );
}
