import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderList } from "@/components/reminders/reminder-list";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listMyReminders } from "@/db/queries/reminders";
import { requireSession } from "@/lib/auth/guard";
import { todayInShanghai } from "@/lib/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders.page"))("title") };
}

/** The signed-in person's open reminders: those of the agreements they own. */
export default async function NotificationsPage() {
  const user = await requireSession();
  const items = await listMyReminders(await getDb(), user.id, todayInShanghai());
  const t = await getTranslations("reminders.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section className="rounded-xl border border-slate-200 bg-white px-5 py-2 shadow-sm">
        {items.length === 0 ? (
          <p className="py-8 text-center text-slate-500" data-testid="reminders-empty">{t("empty")}</p>
        ) : (
          <ReminderList items={items} />
        )}
      </section>
    </>
  );
}
