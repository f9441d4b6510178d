import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { recordSignInAttempt } from "@/db/mutations/users";
import { countRecentFailures, findActiveUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "./password";

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
 * throttling kept in Postgres. Attempts for one email are serialised (count,
 * verify, record under one advisory lock), so guesses sent in parallel cannot
 * all slip in before the first failures are counted.
 */
export async function authenticate(db: Db, raw: unknown): Promise<Authentication> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, throttled: false };
  const { email, password } = parsed.data;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    if ((await countRecentFailures(tx, email, FAILURE_WINDOW_MINUTES)) >= MAX_FAILURES) return { ok: false, throttled: true };
    const user = await findActiveUserByEmail(tx, email);
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    const success = passwordOk && user ? user : null;
    await recordSignInAttempt(tx, email, success?.id ?? null);
    return success ? { ok: true, user: { id: success.id, email: success.email, name: success.name } } : { ok: false, throttled: false };
  });
}
