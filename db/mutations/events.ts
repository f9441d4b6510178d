import "server-only";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { EventInput } from "@/lib/validation/event";
import type { Db } from "../client";
import { agreements, events, type Event, type NewEvent } from "../schema";
import type { Actor } from "./audit";
import { appendAudit, changedFields, isForeignKeyViolation } from "./audit";
import { assertCurrentVersion, claimSubmission } from "./concurrency";
import type { FitsInsert } from "./form-fit";

/** The fields a person edits; also what the audit log keeps of an event. */
function columns(input: FitsInsert<EventInput, NewEvent>) {
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn ?? null,
    heldOn: input.heldOn,
    venue: input.venue ?? null,
    host: input.host ?? null,
    notes: input.notes ?? null,
  };
}
type Snapshot = ReturnType<typeof columns>;

function snapshot(row: Event): Snapshot {
  const { nameZh, nameEn, heldOn, venue, host, notes } = row;
  return { nameZh, nameEn, heldOn, venue, host, notes };
}

/**
 * Creates an event. With a submission key (every form sends one) it is idempotent:
 * a replay returns the event the first request created.
 */
export async function createEvent(db: Db, actor: Actor, input: EventInput, submissionKey?: string): Promise<{ id: number; replayed: boolean }> {
  return db.transaction(async (tx) => {
    if (submissionKey) {
      await claimSubmission(tx, submissionKey, actor.id, input);
      const [existing] = await tx.select({ id: events.id }).from(events).where(eq(events.submissionKey, submissionKey));
      if (existing) return { id: existing.id, replayed: true };
    }
    const [row] = await tx.insert(events).values({ ...columns(input), submissionKey }).returning();
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "event", entityId: row.id, after: snapshot(row) });
    return { id: row.id, replayed: false };
  });
}

/**
 * Saves an edit made on `version` of the event; a newer version in the database is
 * a conflict. A save that changes nothing writes neither the row nor an audit entry.
 */
export async function updateEvent(db: Db, actor: Actor, id: number, version: number, input: EventInput): Promise<{ id: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(events).where(eq(events.id, id)).for("update");
    if (!current) throw new DomainError("notFound", "notFound");
    await assertCurrentVersion(tx, current, version);
    const change = changedFields(snapshot(current), columns(input));
    if (Object.keys(change.after).length === 0) return { id, changed: false };
    await tx
      .update(events)
      .set({ ...columns(input), version: sql`${events.version} + 1`, updatedBy: actor.id, updatedAt: sql`now()` })
      .where(eq(events.id, id));
    await appendAudit(tx, { actorId: actor.id, action: "update", entity: "event", entityId: id, ...change });
    return { id, changed: true };
  });
}

/**
 * Deletes an event no agreement refers to (deleted agreements count: they can be
 * restored), with an audit entry keeping everything it held. One in use is
 * refused with how many agreements were signed there.
 */
export async function deleteEvent(db: Db, actor: Actor, id: number, version: number): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(events).where(eq(events.id, id)).for("update");
    if (!current) throw new DomainError("notFound", "notFound");
    await assertCurrentVersion(tx, current, version);
    const uses = await tx.$count(agreements, eq(agreements.eventId, id));
    if (uses) throw new DomainError("invalid", "inUse", undefined, { count: String(uses) });
    await tx.delete(events).where(eq(events.id, id)).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new DomainError("invalid", "inUse") : err;
    });
    await appendAudit(tx, { actorId: actor.id, action: "delete", entity: "event", entityId: id, before: snapshot(current) });
    return { id };
  });
}
