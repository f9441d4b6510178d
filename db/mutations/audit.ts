import "server-only";
import type { DbOrTx } from "../client";
import { auditLog } from "../schema";

/** Who makes a change: the signed-in user (or a token's issuer) the audit entry names. */
export interface Actor {
  id: number;
}

export interface AuditInput {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit entry; callers pass their open transaction so the entry commits with the change. */
export async function appendAudit(tx: DbOrTx, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Only the fields that changed between two snapshots, as `{ before, after }`; empty objects when nothing did. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

/**
 * True when a write failed on the named unique constraint: two people saving
 * the same value at once both pass the pre-check, and the constraint decides.
 * Drivers (and drizzle's wrapper) put the Postgres error on the error or its cause.
 */
export function isUniqueViolation(err: unknown, constraint: RegExp): boolean {
  for (let e = err as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && constraint.test(String(e.constraint ?? e.constraint_name ?? ""))) return true;
  }
  return false;
}

/** True when a write failed on a foreign key: a reference appeared between the check and the delete. */
export function isForeignKeyViolation(err: unknown): boolean {
  return foreignKeyViolation(err) !== null;
}

/**
 * The constraint and the key of a foreign-key failure (`Key (organization_id)=(12)
 * is not present…`), or null for any other error: a referenced row deleted
 * between a check and the write is named to the user instead of answering 500.
 */
export function foreignKeyViolation(err: unknown): { constraint: string; keyValue: string | null } | null {
  type PgError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; detail?: unknown; cause?: unknown };
  for (let e = err as PgError | undefined; e; e = e.cause as typeof e) {
    if (e.code !== "23503") continue;
    const key = /\)=\(([^)]*)\)/.exec(String(e.detail ?? ""));
    return { constraint: String(e.constraint ?? e.constraint_name ?? ""), keyValue: key ? key[1] : null };
  }
  return null;
}
