import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedIn } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users.account"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requireSignedIn();
  const t = await getTranslations("users.account");
  return (
    <div className="max-w-lg">
      <PageHeader title={t("title")} description={t("description")} />
      {user.mustChangePassword && (
        <p role="status" data-testid="must-change" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("mustChange")}
        </p>
      )}
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <PasswordForm email={user.email} mustChange={Boolean(user.mustChangePassword)} />
      </section>
    </div>
  );
}
