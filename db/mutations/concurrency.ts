import "server-only";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { Tx } from "../client";
import { payloadDigest } from "@/lib/crypto/payload-digest";
import { submissionReceipts, users } from "../schema";

/**
 * Serialises requests carrying the same submission key (a double-click sends two
 * at once): the second waits for the first to commit, then finds its row. The key
 * is bound to the user and payload of its first use, so the same key from another
 * user, or with different input, is refused instead of answered with the first row.
 * The receipt is written in the caller's transaction: a refused save leaves none.
 */
export async function claimSubmission(tx: Tx, submissionKey: string, actorId: number, payload: unknown): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${submissionKey}))`);
  const digest = payloadDigest(payload);
  const [receipt] = await tx.select().from(submissionReceipts).where(eq(submissionReceipts.key, submissionKey));
  if (!receipt) {
    await tx.insert(submissionReceipts).values({ key: submissionKey, userId: actorId, payloadDigest: digest });
    return;
  }
  if (receipt.userId !== actorId || receipt.payloadDigest !== digest) {
    throw new DomainError("conflict", "submissionReused");
  }
}

/**
 * Refuses an edit based on a version older than the row's (someone saved in between),
 * naming who saved last and when, so the form can say so and keep the user's input.
 */
export async function assertCurrentVersion(
  tx: Tx,
  row: { version: number; updatedBy: number | null; updatedAt: Date },
  opened: number,
): Promise<void> {
  if (row.version === opened) return;
  const [user] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  // The current version goes back too, so the user can knowingly save over it.
  throw new DomainError("conflict", "conflict", undefined, { by: user?.name ?? "—", at: row.updatedAt.toISOString(), version: String(row.version) });
}
