import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { OwnerInput } from "@/lib/validation/reminders";
import type { Db, Tx } from "../client";
import { agreements, users } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

/**
 * Hands an agreement to another owner (负责人): an active staff member or admin.
 * Its open reminders follow (they are shown to the agreement's current owner).
 * The agreement's version is left alone: a reassignment does not collide with
 * someone editing its text. One audit entry, naming both people.
 */
export async function reassignOwner(db: Db, actor: Actor, input: OwnerInput) {
  return db.transaction((tx) => setOwner(tx, actor, input.agreementId, input.ownerId));
}

/** {@link reassignOwner} inside the caller's transaction (the import sets owners this way too). */
export async function setOwner(tx: Tx, actor: Actor, agreementId: number, ownerId: number) {
  const [row] = await tx
    .select({ ownerId: agreements.ownerId, deletedAt: agreements.deletedAt })
    .from(agreements)
    .where(eq(agreements.id, agreementId))
    .for("update");
  if (!row || row.deletedAt) throw new DomainError("notFound", "notFound");
  const [owner] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, ownerId), eq(users.active, true), inArray(users.role, ["staff", "admin"])));
  if (!owner) throw new DomainError("invalid", "invalid", { ownerId: ["invalidOwner"] });
  if (row.ownerId === owner.id) return { id: agreementId, changed: false };
  const [previous] = row.ownerId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.ownerId)) : [];
  await tx.update(agreements).set({ ownerId: owner.id }).where(eq(agreements.id, agreementId));
  await appendAudit(tx, {
    actorId: actor.id,
    action: "reassign",
    entity: "agreement",
    entityId: agreementId,
    before: { ownerId: row.ownerId, ownerName: previous?.name ?? null },
    after: { ownerId: owner.id, ownerName: owner.name },
  });
  return { id: agreementId, changed: true };
}
