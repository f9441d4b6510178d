import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The body of a 404 or 403 page, with its own tab title: these pages have no metadata of their
 * own, and React places this `<title>` ahead of the one the route would have had.
 */
export async function StatusMessage({ kind, home = "/" }: { kind: "notFound" | "forbidden"; home?: string | null }) {
  const t = await getTranslations();
  const title = t(`errors.${kind}Title`);
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-10 text-center shadow-sm" data-testid={kind === "notFound" ? "not-found" : "forbidden"}>
      <title>{t("ui.status.pageTitle", { title, app: t("app.name") })}</title>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{t(`errors.${kind}`)}</p>
      {home && <Link href={home} className="mt-4 inline-block text-brand-700 underline">{t("errors.home")}</Link>}
    </div>
  );
}
