import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { markSignInSucceeded, recordSignInAttempt } from "@/db/mutations/users";
import { countRecentFailures, findActiveUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "@/lib/crypto/password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});

/** After this many failures for one email within the window, sign-in is refused until the window passes. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MINUTES = 15;

/** A bcrypt hash of nothing anyone types: an unknown email costs the same time as a known one. */
const DUMMY_HASH = "$2b$12$XT4yMrBLpMVNZT8iUocOluki7tlBQ3DICQapqFZhmCWXg5/flfCsK";

export type Authentication = { ok: true; user: { id: number; email: string; name: string } } | { ok: false; throttled: boolean };

/**
 * Checks email and password against the current user rows, with per-email
 * throttling kept in Postgres. Counting and recording an attempt happen under
 * one per-email advisory lock, the attempt recorded as failed before the password
 * is checked, so guesses sent in parallel are all counted. The slow password
 * check itself runs outside any transaction: it holds no connection (and on the
 * embedded database, blocks no other request).
 */
export async function authenticate(db: Db, raw: unknown): Promise<Authentication> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, throttled: false };
  const { email, password } = parsed.data;
  const attempt = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    if ((await countRecentFailures(tx, email, FAILURE_WINDOW_MINUTES)) >= MAX_FAILURES) return null;
    return { id: await recordSignInAttempt(tx, email), user: await findActiveUserByEmail(tx, email) };
  });
  if (!attempt) return { ok: false, throttled: true };
  const passwordOk = await verifyPassword(password, attempt.user?.passwordHash ?? DUMMY_HASH);
  if (!passwordOk || !attempt.user) return { ok: false, throttled: false };
  await markSignInSucceeded(db, attempt.id, attempt.user.id);
  const { id, email: userEmail, name } = attempt.user;
  return { ok: true, user: { id, email: userEmail, name } };
}
