import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/admin/category-form";
import { CategoryItem } from "@/components/admin/category-item";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listCategoriesForAdmin } from "@/db/queries/categories";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("categoryAdmin"))("title") };
}

export default async function CategoriesPage() {
  await requireRole("admin");
  const categories = await listCategoriesForAdmin(await getDb());
  const t = await getTranslations("categoryAdmin");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="add-category-title" className="mb-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-category-title" className="mb-3 text-base font-semibold text-slate-900">{t("addTitle")}</h2>
        <CategoryForm />
      </section>
      <section aria-labelledby="category-list-title">
        <h2 id="category-list-title" className="mb-3 text-base font-semibold text-slate-900">{t("listTitle")}</h2>
        {categories.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500" data-testid="category-empty">{t("empty")}</p>
        ) : (
          <ul className="space-y-3" data-testid="category-list">
            {categories.map((c) => <CategoryItem key={c.id} category={c} />)}
          </ul>
        )}
      </section>
    </>
  );
}
