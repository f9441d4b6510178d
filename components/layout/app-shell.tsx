import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/guard";
import { ReminderBell } from "@/components/reminders/reminder-bell";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";

export async function AppShell({ user, sample, children }: { user: SessionUser; sample: boolean; children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("nav.skip")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="flex items-baseline gap-2">
            <span className="text-lg font-semibold text-brand-800">{t("app.name")}</span>
            {sample && (
              <span data-testid="sample-badge" className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                {t("app.sampleData")}
              </span>
            )}
          </Link>
          <NavLinks
            label={t("nav.main")}
            links={[
              { href: "/", label: t("nav.dashboard") },
              { href: "/agreements", label: t("nav.agreements") },
              { href: "/parties", label: t("nav.parties") },
              { href: "/events", label: t("nav.events") },
              ...(user.role === "admin"
                ? [
                    { href: "/admin/users", label: t("users.nav") },
                    { href: "/admin/tokens", label: t("nav.tokens") },
                    { href: "/admin/categories", label: t("nav.categories") },
                    { href: "/admin/audit", label: t("nav.audit") },
                    { href: "/admin/notifications", label: t("reminders.admin.nav") },
                  ]
                : []),
            ]}
          />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <ReminderBell user={user} />
            <LocaleSwitcher />
            <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
              {user.name} · {t(`roles.${user.role}`)}
            </span>
            <Link href="/account/password" className="text-slate-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="change-password-link">
              {t("users.changePassword")}
            </Link>
            <form
              action={async () => {
                "use server";
                await signOut({ redirectTo: "/login" });
              }}
            >
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
                {t("nav.signOut")}
              </button>
            </form>
          </div>
        </div>
        {sample && (
          <p className="border-t border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">{t("app.sampleNotice")}</p>
        )}
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
