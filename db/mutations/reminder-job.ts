import "server-only";
import { todayInShanghai } from "@/lib/dates";
import type { Db } from "../client";
import { sendDueDeliveries, type SendSummary } from "./deliveries";
import { raiseDueReminders } from "./reminders";

export interface JobSummary extends SendSummary {
  today: string;
  raised: number;
}

/**
 * The reminder job: raise what is due today (Asia/Shanghai), then send what is
 * queued. Safe to run as often as wanted and from several places at once: raising
 * is keyed per (agreement, rule, threshold), sending claims rows with SKIP LOCKED.
 */
export async function runReminderJob(db: Db, now: Date = new Date()): Promise<JobSummary> {
  const today = todayInShanghai(now);
  const raised = await raiseDueReminders(db, today, now);
  const sent = await sendDueDeliveries(db, now);
  return { today, raised: raised.length, ...sent };
}
