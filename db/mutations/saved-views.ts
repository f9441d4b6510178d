import "server-only";
import { and, count, eq } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import { MAX_SAVED_VIEWS, type CreateSavedViewInput, type ListColumnsInput, type RenameSavedViewInput } from "@/lib/validation/saved-view";
import type { Db } from "../client";
import { listPreferences, savedViews } from "../schema";
import type { Actor } from "./audit";
import { appendAudit, isUniqueViolation } from "./audit";

const nameTaken = () => new DomainError("invalid", "invalid", { name: ["viewNameTaken"] });
const rethrow = (err: unknown): never => {
  throw isUniqueViolation(err, /saved_views_user_name/) ? nameTaken() : err;
};

/** Saves the actor's view under a name of their own (unique per user), with its audit entry. */
export async function createSavedView(db: Db, actor: Actor, input: CreateSavedViewInput) {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(savedViews).where(eq(savedViews.userId, actor.id));
    if (n >= MAX_SAVED_VIEWS) throw new DomainError("invalid", "invalid", { name: ["tooManyViews"] }, { max: String(MAX_SAVED_VIEWS) });
    const [row] = await tx
      .insert(savedViews)
      .values({ userId: actor.id, name: input.name, params: input.params })
      .returning({ id: savedViews.id, name: savedViews.name, params: savedViews.params })
      .catch(rethrow);
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "saved_view", entityId: row.id, after: { name: row.name, params: row.params } });
    return row;
  });
}

/** Renames one of the actor's own views; another user's view is not found. */
export async function renameSavedView(db: Db, actor: Actor, input: RenameSavedViewInput) {
  return db.transaction(async (tx) => {
    const mine = and(eq(savedViews.id, input.id), eq(savedViews.userId, actor.id));
    const [before] = await tx.select({ name: savedViews.name }).from(savedViews).where(mine).for("update");
    if (!before) throw new DomainError("notFound", "notFound");
    if (before.name === input.name) return { id: input.id, name: input.name };
    await tx.update(savedViews).set({ name: input.name, updatedAt: new Date() }).where(mine).catch(rethrow);
    await appendAudit(tx, { actorId: actor.id, action: "rename", entity: "saved_view", entityId: input.id, before, after: { name: input.name } });
    return { id: input.id, name: input.name };
  });
}

/** Deletes one of the actor's own views, keeping what it was in the audit log. */
export async function deleteSavedView(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(savedViews)
      .where(and(eq(savedViews.id, id), eq(savedViews.userId, actor.id)))
      .returning({ id: savedViews.id, name: savedViews.name, params: savedViews.params });
    if (!row) throw new DomainError("notFound", "notFound");
    await appendAudit(tx, { actorId: actor.id, action: "delete", entity: "saved_view", entityId: row.id, before: { name: row.name, params: row.params } });
    return { id: row.id };
  });
}

/**
 * Remembers the list columns the actor chose. A preference, like a language,
 * so it is not audited.
 */
export async function saveListColumns(db: Db, actor: Actor, input: ListColumnsInput) {
  await db
    .insert(listPreferences)
    .values({ userId: actor.id, columns: input.columns })
    .onConflictDoUpdate({ target: listPreferences.userId, set: { columns: input.columns, updatedAt: new Date() } });
  return { columns: input.columns };
}
