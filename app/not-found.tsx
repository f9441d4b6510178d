import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";

/**
 * An address nothing answers to. Signed in, it keeps the header and navigation; signed out, it
 * names the application and offers sign-in, and says nothing about what exists behind it.
 */
export default async function NotFound() {
  // Loaded here, not at the top: the build evaluates this module to collect /_not-found, and the
  // auth modules need AUTH_SECRET, which only the running server has.
  const [{ getCurrentUser }, { AppShell }, { getDb }, { isSampleDatabase }] = await Promise.all([
    import("@/lib/auth/guard"),
    import("@/components/layout/app-shell"),
    import("@/db/client"),
    import("@/db/queries/meta"),
  ]);
  const user = await getCurrentUser();
  if (user) {
    return (
      <AppShell user={user} sample={await isSampleDatabase(await getDb())}>
        <StatusMessage kind="notFound" />
      </AppShell>
    );
  }
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
          <span className="text-lg font-semibold text-brand-800">{t("app.name")}</span>
          <Link href="/login" className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="sign-in-link">
            {t("ui.status.signIn")}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-10">
        <StatusMessage kind="notFound" home={null} />
        <p className="mt-4 text-center text-sm text-slate-500">{t("ui.status.signedOutNotFound")}</p>
      </main>
    </div>
  );
}
