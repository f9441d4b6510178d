import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="forbidden">
      <h1 className="text-xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("forbidden")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t("home")}</Link>
    </main>
  );
}
