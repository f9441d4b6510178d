import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { ProgressInput } from "@/lib/validation/agreement";
import type { Db } from "../client";
import { agreements, progressUpdates } from "../schema";
import type { Actor } from "./agreements";
import { appendAudit } from "./audit";
import { lockSubmission } from "./concurrency";

/**
 * Adds a dated progress note (with an optional delivered amount) to a live
 * agreement. Idempotent per form submission: a replay must not count a delivered
 * amount twice, so it returns the update the first request stored.
 */
export async function addProgressUpdate(db: Db, actor: Actor, input: ProgressInput) {
  return db.transaction(async (tx) => {
    await lockSubmission(tx, input.submissionKey);
    const [existing] = await tx.select({ id: progressUpdates.id }).from(progressUpdates).where(eq(progressUpdates.submissionKey, input.submissionKey));
    if (existing) return { id: existing.id };
    const [agreement] = await tx
      .select({ id: agreements.id, signedOn: agreements.signedOn })
      .from(agreements)
      .where(and(eq(agreements.id, input.agreementId), isNull(agreements.deletedAt)));
    if (!agreement) throw new DomainError("notFound", "notFound");
    if (agreement.signedOn && input.occurredOn < agreement.signedOn) {
      throw new DomainError("invalid", "invalid", { occurredOn: ["progressBeforeSigning"] });
    }
    const [row] = await tx
      .insert(progressUpdates)
      .values({
        agreementId: input.agreementId,
        occurredOn: input.occurredOn,
        note: input.note,
        deliveredValue: input.deliveredValue ?? null,
        authorId: actor.id,
        submissionKey: input.submissionKey,
      })
      .returning();
    await appendAudit(tx, {
      actorId: actor.id,
      action: "progress",
      entity: "agreement",
      entityId: input.agreementId,
      after: { occurredOn: row.occurredOn, note: row.note, deliveredValue: row.deliveredValue },
    });
    return { id: row.id };
  });
}
