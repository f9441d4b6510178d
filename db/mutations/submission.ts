import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "../client";

/**
 * Serialises requests carrying the same submission key (a double-click sends two
 * at once): the second waits for the first to commit, then finds its row.
 */
export async function lockSubmission(tx: Tx, submissionKey: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${submissionKey}))`);
}
