/**
 * Runs once when the server process starts: opens the database (PGlite is
 * created and migrated here, inside the one process that may hold it) and, on
 * the embedded database only, loads the sample data and demo accounts on first
 * start and runs the reminder job in-process (a server uses `npm run reminders`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resolveAuthSecret } = await import("./lib/auth/secret");
  resolveAuthSecret(); // a missing AUTH_SECRET on a server database stops start-up here, with its message
  const { getDbHandle } = await import("./db/client");
  const handle = await getDbHandle();
  if (handle.kind === "pglite") {
    const { seedSampleData } = await import("./db/seed");
    const { seeded } = await seedSampleData(handle.db, { demoUsers: true });
    if (seeded) console.log("[accord] sample data loaded into the embedded database");
    if (process.env.ACCORD_REMINDERS !== "off") (await import("./db/reminder-schedule")).scheduleReminderJob(handle.db);
  }
}
