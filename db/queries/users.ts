import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { sessions, signInAttempts, users, type User } from "../schema";

export async function findActiveUserByEmail(db: DbOrTx, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), eq(users.active, true)));
  return row;
}

export async function getActiveUser(db: DbOrTx, id: number): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  return row;
}

export interface RecentFailures {
  /** This email from this address (from nowhere known, when the address is null), since their last success. */
  pair: number;
  /** This email from any address, since its last success. */
  email: number;
  /** This address, any email (0 when the address is null). */
  address: number;
}

/** Failed sign-ins within the last `minutes`, counted three ways in one statement. */
export async function countRecentFailures(db: DbOrTx, key: { email: string; address: string | null }, minutes: number): Promise<RecentFailures> {
  const address = sql`${key.address}::text`;
  const lastPairSuccess = sql`coalesce((select max(s.at) from ${signInAttempts} s where s.email = ${key.email} and s.address is not distinct from ${address} and s.succeeded), '-infinity'::timestamptz)`;
  const lastEmailSuccess = sql`coalesce((select max(s.at) from ${signInAttempts} s where s.email = ${key.email} and s.succeeded), '-infinity'::timestamptz)`;
  const [row] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${signInAttempts.email} = ${key.email} and ${signInAttempts.address} is not distinct from ${address} and ${signInAttempts.at} > ${lastPairSuccess})::int`,
      email: sql<number>`count(*) filter (where ${signInAttempts.email} = ${key.email} and ${signInAttempts.at} > ${lastEmailSuccess})::int`,
      address: sql<number>`count(*) filter (where ${signInAttempts.address} = ${address})::int`,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        sql`${signInAttempts.at} > now() - make_interval(mins => ${minutes})`,
        or(eq(signInAttempts.email, key.email), sql`${signInAttempts.address} = ${address}`),
      ),
    );
  return { pair: Number(row?.pair ?? 0), email: Number(row?.email ?? 0), address: Number(row?.address ?? 0) };
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: User["role"];
  active: boolean;
  lastSignInAt: Date | null;
  mustChangePassword: boolean;
  passwordExpiresAt: Date | null;
  /** Sessions not ended and not past the limits at `now`. */
  openSessions: number;
}

/** Every account for /admin/users: active first, then by name; open sessions counted in SQL. */
export async function listUsers(db: DbOrTx, now: Date, limits: { idleMs: number; absoluteMs: number }): Promise<UserListItem[]> {
  const idleSince = new Date(now.getTime() - limits.idleMs).toISOString();
  const bornSince = new Date(now.getTime() - limits.absoluteMs).toISOString();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      mustChangePassword: users.mustChangePassword,
      passwordExpiresAt: users.passwordExpiresAt,
      openSessions: sql<number>`(select count(*)::int from ${sessions} s where s.user_id = "users"."id" and s.ended_at is null and s.last_seen_at > ${idleSince}::timestamptz and s.created_at > ${bornSince}::timestamptz)`,
    })
    .from(users)
    .orderBy(sql`${users.active} desc`, users.name, users.id);
  return rows.map((r) => ({ ...r, openSessions: Number(r.openSessions) }));
}
