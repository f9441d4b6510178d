import { sql } from "drizzle-orm";
import { openDb, type Db } from "@/db/client";

export interface TestDb {
  db: Db;
  kind: "postgres" | "pglite";
  /** Empties every table and restarts ids, so each test starts from nothing. */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

const TABLES = [
  "delivery_attempts",
  "reminder_deliveries",
  "notification_channels",
  "reminders",
  "reminder_settings",
  "rollup_facts",
  "rollup_cells",
  "rollup_party_type_cells",
  "rollup_party_cells",
  "attachments",
  "document_blobs",
  "api_tokens",
  "audit_log",
  "submission_receipts",
  "progress_updates",
  "organization_aliases",
  "agreement_parties",
  "agreements",
  "events",
  "organizations",
  "categories",
  "sign_in_attempts",
  "saved_views",
  "list_preferences",
  "sessions",
  "users",
];

/**
 * A migrated, empty database for one test file: a scratch database on the server
 * in DATABASE_URL when set (created here, dropped on close, so parallel files
 * never share rows), else an in-memory PGlite.
 */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  // audit_log refuses TRUNCATE by trigger (migration 0009); the tests' owner lifts it for the reset only.
  const reset = (db: Db) => () =>
    db.transaction(async (tx) => {
      await tx.execute(sql.raw("alter table audit_log disable trigger audit_log_no_truncate"));
      await tx.execute(sql.raw(`truncate ${TABLES.join(", ")} restart identity cascade`));
      await tx.execute(sql.raw("alter table audit_log enable trigger audit_log_no_truncate"));
    });
  if (!url) {
    const h = await openDb({ dataDir: "memory://" });
    return { db: h.db, kind: "pglite", reset: reset(h.db), close: h.close };
  }
  const name = `accord_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDb({ url });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const h = await openDb({ url: scratch.toString(), migrate: true });
  return {
    db: h.db,
    kind: "postgres",
    reset: reset(h.db),
    close: async () => {
      await h.close();
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
}
