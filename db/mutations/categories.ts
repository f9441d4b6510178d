import "server-only";
import { and, eq, ne, or, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain-error";
import type { CategoryInput } from "@/lib/validation/category";
import type { Db, Tx } from "../client";
import { agreements, categories, type Category } from "../schema";
import type { Actor } from "./audit";
import { appendAudit, changedFields, isForeignKeyViolation, isUniqueViolation } from "./audit";

/** Field errors are keyed like the forms' schema: `category.<field>`. */
const FORM = "category.";

function snapshot(row: Category) {
  const { key, nameZh, nameZhHant, nameEn, active } = row;
  return { key, nameZh, nameZhHant, nameEn, active };
}

/** Each name must be unique in its language (English ignoring case), or two rows of the rollup would read alike. */
async function checkNamesFree(tx: Tx, input: CategoryInput, exceptId?: number): Promise<void> {
  const rows = await tx
    .select({ nameZh: categories.nameZh, nameZhHant: categories.nameZhHant, nameEn: categories.nameEn })
    .from(categories)
    .where(
      and(
        exceptId ? ne(categories.id, exceptId) : undefined,
        or(
          eq(categories.nameZh, input.nameZh),
          eq(categories.nameZhHant, input.nameZhHant),
          sql`lower(${categories.nameEn}) = lower(${input.nameEn})`,
        ),
      ),
    );
  const errors: Record<string, string[]> = {};
  for (const r of rows) {
    if (r.nameZh === input.nameZh) errors[`${FORM}nameZh`] = ["categoryNameTaken"];
    if (r.nameZhHant === input.nameZhHant) errors[`${FORM}nameZhHant`] = ["categoryNameTaken"];
    if (r.nameEn.toLowerCase() === input.nameEn.toLowerCase()) errors[`${FORM}nameEn`] = ["categoryNameTaken"];
  }
  if (Object.keys(errors).length) throw new DomainError("invalid", "invalid", errors);
}

/** Two admins saving the same name at once both pass the check; the unique index decides. */
function nameTaken(err: unknown): never {
  if (isUniqueViolation(err, /categories_name/)) throw new DomainError("invalid", "categoryNameTaken");
  throw err;
}

/** The URL key (`?category=…`) from the English name; never changes afterwards, so shared links keep working. */
async function freeKey(tx: Tx, nameEn: string): Promise<string> {
  const base = nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40) || "category";
  const taken = new Set(
    (await tx.select({ key: categories.key }).from(categories).where(sql`${categories.key} like ${`${base}%`}`)).map((r) => r.key),
  );
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

async function lockCategory(tx: Tx, id: number): Promise<Category> {
  const [row] = await tx.select().from(categories).where(eq(categories.id, id)).for("update");
  if (!row) throw new DomainError("notFound", "notFound");
  return row;
}

/** Adds a category at the end of the order, active, with one audit entry. */
export async function createCategory(db: Db, actor: Actor, input: CategoryInput): Promise<{ id: number; key: string }> {
  return db.transaction(async (tx) => {
    // One add at a time: the key and the order are chosen from what exists.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('categories'))`);
    await checkNamesFree(tx, input);
    const key = await freeKey(tx, input.nameEn);
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${categories.sortOrder}), 0)::int + 10` }).from(categories);
    const [row] = await tx.insert(categories).values({ ...input, key, sortOrder: next }).returning().catch(nameTaken);
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "category", entityId: row.id, after: snapshot(row) });
    return { id: row.id, key };
  });
}

/** Renames a category in the three languages; its key, agreements and history stay. A save that changes nothing writes nothing. */
export async function renameCategory(db: Db, actor: Actor, id: number, input: CategoryInput): Promise<{ id: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const current = await lockCategory(tx, id);
    await checkNamesFree(tx, input, id);
    const change = changedFields(snapshot(current), { ...snapshot(current), ...input });
    if (Object.keys(change.after).length === 0) return { id, changed: false };
    await tx.update(categories).set(input).where(eq(categories.id, id)).catch(nameTaken);
    await appendAudit(tx, { actorId: actor.id, action: "update", entity: "category", entityId: id, ...change });
    return { id, changed: true };
  });
}

/**
 * Retires a category (it leaves the agreement forms, stays in filters and
 * history) or brings it back. Setting the state it already has writes nothing.
 */
export async function setCategoryActive(db: Db, actor: Actor, id: number, active: boolean): Promise<{ id: number; changed: boolean }> {
  return db.transaction(async (tx) => {
    const current = await lockCategory(tx, id);
    if (current.active === active) return { id, changed: false };
    await tx.update(categories).set({ active }).where(eq(categories.id, id));
    await appendAudit(tx, {
      actorId: actor.id,
      action: active ? "reactivate" : "retire",
      entity: "category",
      entityId: id,
      before: { active: current.active },
      after: { active },
    });
    return { id, changed: true };
  });
}

/**
 * Deletes a category no agreement uses (deleted agreements count: they can be
 * restored). One in use is refused with its count: retire it instead.
 */
export async function deleteCategory(db: Db, actor: Actor, id: number): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const current = await lockCategory(tx, id);
    const uses = await tx.$count(agreements, eq(agreements.categoryId, id));
    if (uses) throw new DomainError("invalid", "categoryInUse", undefined, { count: String(uses) });
    await tx.delete(categories).where(eq(categories.id, id)).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new DomainError("invalid", "categoryInUse") : err;
    });
    await appendAudit(tx, { actorId: actor.id, action: "delete", entity: "category", entityId: id, before: snapshot(current) });
    return { id };
  });
}
