import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { FilterNames } from "@/lib/dashboard/filter-text";
import { categories, events, organizations } from "../schema";

/**
 * Categories for forms (active ones only) or, `withRetired`, for filters and
 * history, where a retired category still names the agreements filed under it.
 */
export async function listCategories(db: DbOrTx, { withRetired = false } = {}) {
  return db
    .select({ id: categories.id, key: categories.key, nameZh: categories.nameZh, nameZhHant: categories.nameZhHant, nameEn: categories.nameEn, active: categories.active })
    .from(categories)
    .where(withRetired ? undefined : eq(categories.active, true))
    .orderBy(asc(categories.sortOrder), asc(categories.id));
}
export type CategoryOption = Awaited<ReturnType<typeof listCategories>>[number];

/** Events for pickers and filters, newest first. */
export async function listEventOptions(db: DbOrTx) {
  return db
    .select({ id: events.id, nameZh: events.nameZh, nameEn: events.nameEn, heldOn: events.heldOn, venue: events.venue })
    .from(events)
    .orderBy(desc(events.heldOn), desc(events.id));
}
export type EventOption = Awaited<ReturnType<typeof listEventOptions>>[number];

/** The names a description of the filters in force needs: every category (inactive ones too), events, the filtered party. */
export async function getFilterNames(db: DbOrTx, f: { party?: number }): Promise<FilterNames> {
  const [allCategories, eventOptions, party] = await Promise.all([
    db.select({ key: categories.key, nameZh: categories.nameZh, nameZhHant: categories.nameZhHant, nameEn: categories.nameEn }).from(categories),
    listEventOptions(db),
    f.party ? db.select({ nameZh: organizations.nameZh, nameEn: organizations.nameEn }).from(organizations).where(eq(organizations.id, f.party)) : [],
  ]);
  return { categories: allCategories, events: eventOptions, party: party[0] };
}
