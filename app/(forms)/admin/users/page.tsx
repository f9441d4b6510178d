import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { UserTable } from "@/components/admin/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { SESSION_LIMITS } from "@/lib/auth/session-limits";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users.admin"))("title") };
}

export default async function UsersPage() {
  const me = await requireRole("admin");
  const rows = await listUsers(await getDb(), new Date(), SESSION_LIMITS);
  const t = await getTranslations("users.admin");
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="create-user-title" className="mb-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="create-user-title" className="text-base font-semibold text-slate-900">{t("createTitle")}</h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">{t("createHint")}</p>
        <UserForm />
      </section>
      <section aria-labelledby="user-list-title">
        <h2 id="user-list-title" className="mb-3 text-base font-semibold text-slate-900">{t("listTitle")}</h2>
        <UserTable selfId={me.id} rows={rows.map((r) => ({ ...r, lastSignInAt: iso(r.lastSignInAt), passwordExpiresAt: iso(r.passwordExpiresAt) }))} />
      </section>
    </>
  );
}
