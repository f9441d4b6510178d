import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { signInAttempts, users, type User } from "../schema";

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

/** Failed sign-ins for an email within the last `minutes`, since its last successful one. */
export async function countRecentFailures(db: DbOrTx, email: string, minutes: number): Promise<number> {
  const lastSuccess = sql`coalesce((select max(s.at) from ${signInAttempts} s where s.email = ${email} and s.succeeded), '-infinity'::timestamptz)`;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.succeeded, false),
        sql`${signInAttempts.at} > now() - make_interval(mins => ${minutes})`,
        sql`${signInAttempts.at} > ${lastSuccess}`,
      ),
    );
  return Number(row?.n ?? 0);
}
