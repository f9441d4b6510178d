import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Inside the signed-in area a missing record keeps the navigation around it. */
export default async function NotFoundInApp() {
  const t = await getTranslations("errors");
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-10 text-center shadow-sm" data-testid="not-found">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t("home")}</Link>
    </div>
  );
}
