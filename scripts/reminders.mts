// `npm run reminders`: raise the reminders due today (Asia/Shanghai) and send the queued ones, then exit.
// Run it from cron or a systemd timer on a server (README); it is safe to run twice or on two hosts at once.
import { openDb } from "@/db/client";
import { runReminderJob } from "@/db/mutations/reminder-job";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  const s = await runReminderJob(handle.db);
  console.log(`[accord] reminders ${s.today}: raised ${s.raised}, sent ${s.sent}, to retry ${s.retried}, failed ${s.failed}`);
} finally {
  await handle.close();
}
