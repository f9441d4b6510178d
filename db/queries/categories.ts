import "server-only";
import { asc, count, eq, getTableColumns } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { agreements, categories } from "../schema";

/**
 * Every category, retired ones too, with how many agreements use it (deleted
 * agreements count: they can be restored, and their category must still exist).
 */
export async function listCategoriesForAdmin(db: DbOrTx) {
  return db
    .select({ ...getTableColumns(categories), uses: count(agreements.id) })
    .from(categories)
    .leftJoin(agreements, eq(agreements.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.id));
}
export type AdminCategory = Awaited<ReturnType<typeof listCategoriesForAdmin>>[number];
