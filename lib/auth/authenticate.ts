import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { completeSignIn, recordSignInAttempt } from "@/db/mutations/users";
import { countRecentFailures, findActiveUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "@/lib/crypto/password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  password: z.string().min(1).max(1024),
});

/** Failures counted within this window. */
export const FAILURE_WINDOW_MINUTES = 15;
/** One email from one address: refused after this many failures (the owner elsewhere is not). */
export const MAX_PAIR_FAILURES = 10;
/** One address, all emails together (spraying): refused after this many. */
export const MAX_ADDRESS_FAILURES = 50;
/** From the fourth failure on, each answer waits longer: 250 ms doubling, at most 4 s (1 s for failures from other addresses). */
export const SLOW_AFTER = 3;

/** A bcrypt hash of nothing anyone types: an unknown email costs the same time as a known one. */
const DUMMY_HASH = "$2b$12$XT4yMrBLpMVNZT8iUocOluki7tlBQ3DICQapqFZhmCWXg5/flfCsK";

export type Authentication =
  | { ok: true; user: { id: number; email: string; name: string }; sessionId: string; mustChangePassword: boolean }
  | { ok: false; reason: "invalid" | "throttled" | "expired" };

export interface AuthenticateOptions {
  /** From the trusted proxy header (lib/auth/client-address.ts); null when none is configured. */
  address?: string | null;
  now?: () => Date;
  /** How the slow-down waits; tests record it instead. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function slowDownMs(pairFailures: number, emailFailures: number): number {
  const step = (n: number, cap: number) => (n < SLOW_AFTER ? 0 : Math.min(cap, 250 * 2 ** (n - SLOW_AFTER)));
  return Math.max(step(pairFailures, 4000), step(emailFailures, 1000));
}

/**
 * Checks email and password against the current user rows, throttled by what
 * Postgres holds (so across app instances): failures of this email from this
 * address, and of this address for any email, refuse; failures of the email
 * from anywhere only slow the answer, so an attacker elsewhere cannot lock the
 * owner out. Counting and recording happen under advisory locks (email, then
 * address), the attempt recorded as failed before the password is checked, so
 * parallel guesses are all counted. The slow password check runs outside any
 * transaction. Every sign-in, failure and refusal is in the audit log.
 */
export async function authenticate(db: Db, raw: unknown, opts: AuthenticateOptions = {}): Promise<Authentication> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const address = opts.address ?? null;
  const now = opts.now ?? (() => new Date());
  const audit = (action: string, actorId: number | null, after: Record<string, unknown>) =>
    appendAudit(db, { actorId, action, entity: "sign_in", entityId: email, after: { address, ...after } });

  const attempt = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    if (address) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in-address:${address}`}))`);
    const failures = await countRecentFailures(tx, { email, address }, FAILURE_WINDOW_MINUTES);
    if (failures.pair >= MAX_PAIR_FAILURES || (address && failures.address >= MAX_ADDRESS_FAILURES)) {
      await appendAudit(tx, { actorId: null, action: "signInRefused", entity: "sign_in", entityId: email, after: { address, failures } });
      return null;
    }
    return { id: await recordSignInAttempt(tx, email, address), user: await findActiveUserByEmail(tx, email), failures };
  });
  if (!attempt) return { ok: false, reason: "throttled" };

  const wait = slowDownMs(attempt.failures.pair, attempt.failures.email);
  if (wait > 0) await (opts.sleep ?? realSleep)(wait);
  const check = await verifyPassword(password, attempt.user?.passwordHash ?? DUMMY_HASH);
  const user = attempt.user;
  if (!check.ok || !user) {
    await audit("signInFailed", null, { reason: user ? "password" : "unknownEmail" });
    return { ok: false, reason: "invalid" };
  }
  if (user.mustChangePassword && user.passwordExpiresAt && user.passwordExpiresAt <= now()) {
    await audit("signInFailed", null, { reason: "oneTimePasswordExpired" });
    return { ok: false, reason: "expired" };
  }
  const sessionId = await completeSignIn(db, { attemptId: attempt.id, userId: user.id, now: now(), rehash: check.needsRehash ? password : null, address });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId, mustChangePassword: user.mustChangePassword };
}
