import "server-only";
import { hashPassword } from "@/lib/crypto/password";
import type { NewUserInput } from "@/lib/validation/user";
import type { Db, Tx } from "../client";
import { eq, sql } from "drizzle-orm";
import { signInAttempts, users } from "../schema";
import { appendAudit } from "./audit";

export class DuplicateEmailError extends Error {}

/** Creates a user and its audit entry in one transaction. `actorId` null means the command line. */
export async function createUser(db: Db, actorId: number | null, input: NewUserInput) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!row) throw new DuplicateEmailError(`A user with the email ${input.email} already exists.`);
    await appendAudit(tx, { actorId, action: "create", entity: "user", entityId: row.id, after: { email: row.email, role: row.role, name: input.name } });
    return row;
  });
}

/** Records a sign-in attempt; a success also stamps the user's last sign-in. */
/**
 * Records a sign-in attempt as failed before the password is checked, so parallel
 * guesses are counted at once; markSignInSucceeded turns it into a success.
 */
export async function recordSignInAttempt(tx: Tx, email: string): Promise<number> {
  const [row] = await tx.insert(signInAttempts).values({ email, succeeded: false }).returning({ id: signInAttempts.id });
  // Attempts older than a day throttle nothing; keep the table small whatever is thrown at it.
  await tx.delete(signInAttempts).where(sql`${signInAttempts.at} < now() - interval '1 day'`);
  return row.id;
}

export async function markSignInSucceeded(db: Db, attemptId: number, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
    await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, userId));
  });
}
