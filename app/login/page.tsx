import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { getCurrentUser } from "@/lib/auth/guard";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed/demo-users";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  // Demo accounts exist only in the embedded sample database.
  const embedded = !process.env.DATABASE_URL;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <div>
            <p className="text-xl font-semibold text-brand-800">{t("app.name")}</p>
            <p className="text-sm text-slate-500">{t("app.nameEn")}</p>
          </div>
          <LocaleSwitcher />
        </div>
        <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold">{t("login.title")}</h1>
          <p className="mb-4 text-sm text-slate-500">{t("login.subtitle")}</p>
          <LoginForm />
        </section>
        {embedded && (
          <section className="mt-4 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
            <h2 className="font-medium">{t("login.demo")}</h2>
            <ul className="mt-1 space-y-0.5">
              {DEMO_USERS.map((u) => (
                <li key={u.email}>
                  <code>{u.email}</code> · {t(`roles.${u.role}`)}
                </li>
              ))}
            </ul>
            <p className="mt-1">{t("login.demoPassword", { password: DEMO_PASSWORD })}</p>
          </section>
        )}
      </div>
    </main>
  );
}
