import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { toFen } from "@/lib/money";
import type { ProgressInput } from "@/lib/validation/agreement";
import { queryRows, type Db, type Tx } from "../client";
import { deliveredOf } from "../queries/delivered";
import { agreements, progressUpdates } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";
import { claimSubmission } from "./concurrency";

/**
 * The live agreement a progress write concerns, locked for the transaction: two
 * entries saved at once must not each pass the over-delivery check on their own.
 */
export async function lockAgreementForProgress(tx: Tx, agreementId: number) {
  const [agreement] = await tx
    .select({ id: agreements.id, signedOn: agreements.signedOn, signedValue: agreements.signedValue })
    .from(agreements)
    .where(and(eq(agreements.id, agreementId), isNull(agreements.deletedAt)))
    .for("update");
  if (!agreement) throw new DomainError("notFound", "notFound");
  return agreement;
}

/** The agreement's delivered total over live entries, leaving out the entry `exceptId` (the one being corrected). */
async function deliveredWithout(tx: Tx, agreementId: number, exceptId: number | null): Promise<bigint> {
  const [row] = await queryRows<{ total: string }>(
    tx,
    exceptId === null
      ? sql`select ${deliveredOf(sql`${agreementId}::int`)}::numeric(38,2)::text as total`
      : sql`select coalesce(sum(delivered_value), 0)::numeric(38,2)::text as total from progress_updates
             where agreement_id = ${agreementId} and withdrawn_at is null and id <> ${exceptId}`,
  );
  return toFen(row.total);
}

/**
 * Refuses a write that raises delivered beyond the signed value unless the user
 * confirmed it: such an amount is usually a slip of 万/亿, and when it is real it
 * is flagged on the agreement and counted on the dashboard. Without a signed
 * value there is nothing to exceed.
 */
export async function assertDeliveryConfirmed(
  tx: Tx,
  agreement: { id: number; signedValue: string | null },
  change: { exceptId: number | null; amount: string | undefined; confirmed: boolean },
): Promise<void> {
  if (change.confirmed || agreement.signedValue === null || !change.amount) return;
  const total = (await deliveredWithout(tx, agreement.id, change.exceptId)) + toFen(change.amount);
  if (total <= toFen(agreement.signedValue)) return;
  throw new DomainError("invalid", "overDelivery", { deliveredValue: ["overDeliveryUnconfirmed"] });
}

export function assertNotBeforeSigning(agreement: { signedOn: string | null }, occurredOn: string): void {
  if (agreement.signedOn && occurredOn < agreement.signedOn) {
    throw new DomainError("invalid", "invalid", { occurredOn: ["progressBeforeSigning"] });
  }
}

/**
 * Adds a dated progress note (with an optional delivered amount) to a live
 * agreement. Idempotent per form submission: a replay must not count a delivered
 * amount twice, so it returns the update the first request stored.
 */
export async function addProgressUpdate(db: Db, actor: Actor, input: ProgressInput) {
  return db.transaction(async (tx) => {
    await claimSubmission(tx, input.submissionKey, actor.id, { ...input, submissionKey: undefined });
    const [existing] = await tx.select({ id: progressUpdates.id }).from(progressUpdates).where(eq(progressUpdates.submissionKey, input.submissionKey));
    if (existing) return { id: existing.id };
    const agreement = await lockAgreementForProgress(tx, input.agreementId);
    assertNotBeforeSigning(agreement, input.occurredOn);
    await assertDeliveryConfirmed(tx, agreement, { exceptId: null, amount: input.deliveredValue, confirmed: input.confirmOverDelivery });
    const [row] = await tx
      .insert(progressUpdates)
      .values({
        agreementId: input.agreementId,
        occurredOn: input.occurredOn,
        note: input.note,
        deliveredValue: input.deliveredValue ?? null,
        authorId: actor.id,
        updatedBy: actor.id,
        submissionKey: input.submissionKey,
      })
      .returning();
    await appendAudit(tx, {
      actorId: actor.id,
      action: "progress",
      entity: "agreement",
      entityId: input.agreementId,
      after: { progressId: row.id, occurredOn: row.occurredOn, note: row.note, deliveredValue: row.deliveredValue },
    });
    return { id: row.id };
  });
}
