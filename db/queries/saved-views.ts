import "server-only";
import { asc, eq } from "drizzle-orm";
import { LIST_COLUMNS, type ListColumn } from "@/lib/validation/list-columns";
import type { DbOrTx } from "../client";
import { listPreferences, savedViews } from "../schema";

export interface SavedViewItem {
  id: number;
  name: string;
  /** The list's query string, without `?`. */
  params: string;
}

/** A user's saved views, by name. */
export async function listSavedViews(db: DbOrTx, userId: number): Promise<SavedViewItem[]> {
  return db
    .select({ id: savedViews.id, name: savedViews.name, params: savedViews.params })
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

/** The list columns the user last chose, or null for the defaults; names no longer known are dropped. */
export async function getListColumns(db: DbOrTx, userId: number): Promise<ListColumn[] | null> {
  const [row] = await db.select({ columns: listPreferences.columns }).from(listPreferences).where(eq(listPreferences.userId, userId));
  if (!row) return null;
  return LIST_COLUMNS.filter((c) => row.columns.includes(c));
}
