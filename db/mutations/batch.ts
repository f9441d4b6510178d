import "server-only";
import { eq, inArray, like } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { AgreementInput } from "@/lib/validation/agreement";
import type { Db } from "../client";
import { agreements, events } from "../schema";
import { insertAgreement } from "./agreements";
import type { Actor } from "./audit";
import { claimSubmission } from "./concurrency";

/**
 * Saves the agreements signed at one event in one transaction: every row or
 * none. Row i carries the submission key `<key>:<i>`, so a replayed batch finds
 * the rows the first request created instead of inserting them again.
 */
export async function createAgreementsBatch(db: Db, actor: Actor, eventId: number, rows: AgreementInput[], submissionKey: string) {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId));
    if (!event) throw new DomainError("notFound", "notFound");
    await claimSubmission(tx, submissionKey, actor.id, { eventId, rows });
    const replayed = await tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(like(agreements.submissionKey, `${submissionKey}:%`))
      .orderBy(agreements.id);
    if (replayed.length) return { ids: replayed.map((r) => r.id), replayed: true };
    // Every row whose reference is already used is named at once, not one per attempt.
    const used = await tx.select({ reference: agreements.reference }).from(agreements).where(inArray(agreements.reference, rows.map((r) => r.reference)));
    if (used.length) {
      const taken = new Set(used.map((u) => u.reference));
      const fieldErrors = Object.fromEntries(rows.flatMap((r, i) => (taken.has(r.reference) ? [[`rows.${i}.reference`, ["referenceTaken"]]] : [])));
      throw new DomainError("invalid", "invalid", fieldErrors);
    }
    const ids: number[] = [];
    for (const [i, row] of rows.entries()) {
      ids.push(await insertAgreement(tx, actor, { ...row, eventId }, `${submissionKey}:${i}`, `rows.${i}.`));
    }
    return { ids, replayed: false };
  });
}
