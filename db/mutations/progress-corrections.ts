import "server-only";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { toFen } from "@/lib/money";
import type { ProgressCorrection, ProgressWithdrawal } from "@/lib/validation/progress";
import type { Db, Tx } from "../client";
import { progressUpdates, type ProgressUpdate } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";
import { assertCurrentVersion } from "./concurrency";
import { assertDeliveryConfirmed, assertNotBeforeSigning, lockAgreementForProgress } from "./progress";

/**
 * The entry and its agreement, both locked (agreement first, as every progress
 * write does), checked to be current: a correction based on an older version of
 * the entry is a conflict naming who changed it and when.
 */
async function openEntry(tx: Tx, id: number, version: number) {
  const [found] = await tx.select({ agreementId: progressUpdates.agreementId }).from(progressUpdates).where(eq(progressUpdates.id, id));
  if (!found) throw new DomainError("notFound", "notFound");
  const agreement = await lockAgreementForProgress(tx, found.agreementId);
  const [entry] = await tx.select().from(progressUpdates).where(eq(progressUpdates.id, id)).for("update");
  await assertCurrentVersion(tx, { version: entry.version, updatedBy: entry.updatedBy ?? entry.authorId, updatedAt: entry.updatedAt }, version);
  if (entry.withdrawnAt) throw new DomainError("invalid", "progressWithdrawn");
  return { agreement, entry };
}

/** What the history shows of an entry. */
const snapshot = (e: Pick<ProgressUpdate, "id" | "occurredOn" | "note" | "deliveredValue">) => ({
  progressId: e.id,
  occurredOn: e.occurredOn,
  note: e.note,
  deliveredValue: e.deliveredValue,
});

/**
 * Corrects an entry's date, note or delivered amount, with a reason. The entry
 * keeps its id and gains a version; the audit entry (shown in the agreement's
 * history) keeps what it said before. Lowering an amount needs no confirmation;
 * raising delivered beyond the signed value does.
 */
export async function correctProgressUpdate(db: Db, actor: Actor, input: ProgressCorrection) {
  return db.transaction(async (tx) => {
    const { agreement, entry } = await openEntry(tx, input.id, input.version);
    assertNotBeforeSigning(agreement, input.occurredOn);
    const deliveredValue = input.deliveredValue ?? null;
    const fen = (v: string | null) => (v === null ? null : toFen(v));
    const same = entry.occurredOn === input.occurredOn && entry.note === input.note && fen(entry.deliveredValue) === fen(deliveredValue);
    if (same) throw new DomainError("invalid", "correctionUnchanged");
    const raises = (fen(deliveredValue) ?? 0n) > (fen(entry.deliveredValue) ?? 0n);
    if (raises) await assertDeliveryConfirmed(tx, agreement, { exceptId: entry.id, amount: input.deliveredValue, confirmed: input.confirmOverDelivery });
    const [row] = await tx
      .update(progressUpdates)
      .set({
        occurredOn: input.occurredOn,
        note: input.note,
        deliveredValue,
        changeReason: input.reason,
        version: sql`${progressUpdates.version} + 1`,
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(eq(progressUpdates.id, entry.id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.id,
      action: "progress_correct",
      entity: "agreement",
      entityId: entry.agreementId,
      before: snapshot(entry),
      after: { ...snapshot(row), reason: input.reason },
    });
    return { id: row.id, agreementId: row.agreementId, version: row.version };
  });
}

/**
 * Withdraws an entry, with a reason: it stays on the agreement's page, struck
 * through, and in the history, but counts nothing in any total from now on.
 */
export async function withdrawProgressUpdate(db: Db, actor: Actor, input: ProgressWithdrawal) {
  return db.transaction(async (tx) => {
    const { entry } = await openEntry(tx, input.id, input.version);
    const [row] = await tx
      .update(progressUpdates)
      .set({
        withdrawnAt: sql`now()`,
        changeReason: input.reason,
        version: sql`${progressUpdates.version} + 1`,
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(eq(progressUpdates.id, entry.id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.id,
      action: "progress_withdraw",
      entity: "agreement",
      entityId: entry.agreementId,
      before: snapshot(entry),
      after: { progressId: entry.id, withdrawn: true, reason: input.reason },
    });
    return { id: row.id, agreementId: row.agreementId, version: row.version };
  });
}
