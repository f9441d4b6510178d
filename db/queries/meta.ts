import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";

/** True when the registry holds the clearly-labelled sample data, so the UI can say so. */
export async function isSampleDatabase(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ sample: boolean }>(db, sql`select exists (select 1 from agreements where is_sample) as sample`);
  return Boolean(row?.sample);
}

/** Cheap query proving the database is open and migrated (used by the health route). */
export async function pingDatabase(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from categories`);
  return Number(row.n);
}
