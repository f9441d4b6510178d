import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users, type User } from "../schema";

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

export async function recordSignIn(db: DbOrTx, id: number): Promise<void> {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}
