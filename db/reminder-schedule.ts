import "server-only";
import type { Db } from "./client";
import { runReminderJob } from "./mutations/reminder-job";

/** How often the in-process job looks for due reminders and deliveries to retry. */
export const IN_PROCESS_INTERVAL_MS = 10 * 60_000;

/**
 * Under `npm start` on the embedded database (one process, no cron), the
 * reminder job runs inside the server: shortly after start, then every ten
 * minutes. Reminders are raised once per day by their unique key, so the
 * frequent passes only pick up new agreements and retry failed deliveries.
 * On a server database, cron or a systemd timer runs `npm run reminders`.
 */
export function scheduleReminderJob(db: Db): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const s = await runReminderJob(db);
      if (s.raised || s.sent || s.failed) console.log(`[accord] reminders ${s.today}: raised ${s.raised}, sent ${s.sent}, to retry ${s.retried}, failed ${s.failed}`);
    } catch (err) {
      console.error("[accord] reminder job failed:", err);
    } finally {
      running = false;
    }
  };
  setTimeout(run, 15_000).unref();
  setInterval(run, IN_PROCESS_INTERVAL_MS).unref();
}
