import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Grants the role the app serves with what serving needs and no more: reading and
 * writing the registry's tables, but only SELECT and INSERT on `audit_log` (the
 * trigger from migration 0009 also refuses UPDATE, DELETE and TRUNCATE to everyone,
 * the owner included). Run by `npm run db:migrate` as the owner, after the migrations,
 * whenever MIGRATION_DATABASE_URL names an owner other than DATABASE_URL's user.
 */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Unsupported role name ${JSON.stringify(role)}: use lower-case letters, digits and _.`);
  const r = sql.identifier(role);
  await db.execute(sql`grant usage on schema public to ${r}`);
  await db.execute(sql`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await db.execute(sql`revoke update, delete, truncate on audit_log from ${r}`);
  await db.execute(sql`grant usage, select on all sequences in schema public to ${r}`);
}

/** The app role to grant: DATABASE_URL's user when migrations run as a different owner, else none. */
export function appRoleToGrant(env: { DATABASE_URL?: string; MIGRATION_DATABASE_URL?: string }): string | null {
  if (!env.MIGRATION_DATABASE_URL || !env.DATABASE_URL) return null;
  const app = decodeURIComponent(new URL(env.DATABASE_URL).username);
  const owner = decodeURIComponent(new URL(env.MIGRATION_DATABASE_URL).username);
  return app && app !== owner ? app : null;
}
