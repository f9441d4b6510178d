import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { countMyReminders } from "@/db/queries/reminders";
import type { SessionUser } from "@/lib/auth/guard";
import { todayInShanghai } from "@/lib/dates";

/** The header's bell: a link to /notifications whose accessible name says how many reminders are open. */
export async function ReminderBell({ user }: { user: SessionUser }) {
  const count = await countMyReminders(await getDb(), user.id, todayInShanghai());
  const t = await getTranslations("reminders.bell");
  const label = `${t("label")}：${t("count", { count })}`;
  return (
    <Link href="/notifications" aria-label={label} title={label} data-testid="reminder-bell"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" />
        <path d="M10.3 20a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span className="tabular absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-rose-600 px-1 text-center text-xs font-semibold leading-5 text-white" data-testid="reminder-count">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
