import "server-only";
import { and, asc, desc, eq, gt, gte, lt, type SQL } from "drizzle-orm";
import { nextDay } from "@/lib/dates";
import type { AuditFilters } from "@/lib/validation/audit";
import type { DbOrTx } from "../client";
import { auditLog, users } from "../schema";

export const AUDIT_PAGE_SIZE = 50;

/** A calendar day in Asia/Shanghai (no DST) as its first instant. */
const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

function where(f: AuditFilters): SQL | undefined {
  return and(
    f.actor ? eq(auditLog.actorId, f.actor) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, shanghaiMidnight(f.from)) : undefined,
    f.to ? lt(auditLog.at, shanghaiMidnight(nextDay(f.to))) : undefined,
  );
}

/**
 * One page of the audit log, newest first, under the filters. Keyset paging on
 * the id (`before` for older, `after` for newer pages) uses the primary key or
 * the (actor|entity|action, id) indexes, so no page scans what it skips.
 */
export async function listAuditEntries(db: DbOrTx, f: AuditFilters, page: { before?: number; after?: number } = {}) {
  const newer = page.after !== undefined && page.before === undefined;
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(where(f), newer ? gt(auditLog.id, page.after!) : page.before ? lt(auditLog.id, page.before) : undefined))
    .orderBy(newer ? asc(auditLog.id) : desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  if (newer) entries.reverse();
  return {
    entries,
    // Going back from an older page, there are always newer entries; going forward, `more` says so.
    hasNewer: newer ? more : page.before !== undefined,
    hasOlder: newer ? true : more,
  };
}
export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

/** Everyone who can appear as an actor, for the filter (a small table, read whole). */
export async function listAuditActors(db: DbOrTx) {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name), asc(users.id));
}
