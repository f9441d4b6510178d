import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { countMyReminders, listMyReminders } from "@/db/queries/reminders";
import { requireSession } from "@/lib/auth/guard";
import { todayInShanghai } from "@/lib/dates";
import { ReminderList } from "./reminder-list";

/** The dashboard's 我的提醒: the viewer's five latest open reminders; nothing when there are none. */
export async function DashboardReminders() {
  const user = await requireSession(); // it loads data, so it checks for itself (cached per request)
  const db = await getDb();
  const today = todayInShanghai();
  const [items, count] = await Promise.all([listMyReminders(db, user.id, today, 5), countMyReminders(db, user.id, today)]);
  if (count === 0) return null;
  const t = await getTranslations("reminders.dashboard");
  return (
    <section aria-labelledby="my-reminders-h" className="no-print rounded-xl border border-amber-200 bg-white px-5 py-4 shadow-sm" data-testid="dashboard-reminders">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="my-reminders-h" className="text-base font-semibold">{t("title")}</h2>
        <Link href="/notifications" className="text-sm text-brand-700 underline">{t("all", { count })}</Link>
      </div>
      <ReminderList items={items} compact />
    </section>
  );
}
