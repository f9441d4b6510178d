import "server-only";
import crypto from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { isCommonPassword } from "@/lib/crypto/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/crypto/password";
import type { Role } from "@/lib/domain/enums";
import { DomainError } from "@/lib/domain-error";
import type { ChangePasswordInput } from "@/lib/validation/password";
import type { AdminNewUserInput, NewUserInput } from "@/lib/validation/user";
import type { Db, Tx } from "../client";
import { signInAttempts, users } from "../schema";
import { appendAudit } from "./audit";
import { endUserSessions, startSession } from "./sessions";

export class DuplicateEmailError extends Error {}

/** A one-time password stops working this long after it was made. */
export const ONE_TIME_PASSWORD_HOURS = 72;

/** Refuses a password from the common list, as a field error on `field`. */
export function assertUncommon(password: string, field = "password"): void {
  if (isCommonPassword(password)) throw new DomainError("invalid", "invalid", { [field]: ["passwordCommon"] });
}

/** Creates a user and its audit entry in one transaction. `actorId` null means the command line. */
export async function createUser(db: Db, actorId: number | null, input: NewUserInput) {
  assertUncommon(input.password);
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

/** 16 letters and digits without look-alikes (no 0/O, 1/l/I), in four groups: ~80 bits. */
export function generateOneTimePassword(): string {
  const alphabet = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const chars = Array.from(crypto.randomBytes(16), (b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

const expiry = (now: Date) => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 3600_000);

/** An admin creates an account with a one-time password, returned this once to hand over; it must be changed at first sign-in. */
export async function adminCreateUser(db: Db, actorId: number, input: AdminNewUserInput, now = new Date()) {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ ...input, passwordHash, mustChangePassword: true, passwordExpiresAt: expiry(now) })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role, passwordExpiresAt: users.passwordExpiresAt });
    if (!row) throw new DomainError("invalid", "invalid", { email: ["emailTaken"] });
    await appendAudit(tx, { actorId, action: "create", entity: "user", entityId: row.id, after: { email: row.email, role: row.role, name: row.name } });
    return { ...row, password };
  });
}

async function lockedUser(tx: Tx, id: number) {
  // One admin change at a time: the last-admin rule reads the other admins' rows.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('users:admins'))`);
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  if (!row) throw new DomainError("notFound", "notFound");
  return row;
}

async function assertAnotherActiveAdmin(tx: Tx, id: number, field: string) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, id)));
  if (Number(n) === 0) throw new DomainError("conflict", "lastAdmin", { [field]: ["lastAdmin"] });
}

/** Changes a role; the last active admin keeps theirs. Takes effect at the user's next request. */
export async function changeUserRole(db: Db, actorId: number, id: number, role: Role) {
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    if (before.role === role) return { id, role };
    if (before.role === "admin" && before.active) await assertAnotherActiveAdmin(tx, id, "role");
    await tx.update(users).set({ role }).where(eq(users.id, id));
    await appendAudit(tx, { actorId, action: "changeRole", entity: "user", entityId: id, before: { role: before.role }, after: { role } });
    return { id, role };
  });
}

/** Deactivates (ending every session) or reactivates; the last active admin stays active. */
export async function setUserActive(db: Db, actorId: number, id: number, active: boolean) {
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    if (before.active === active) return { id, active };
    if (!active && before.role === "admin") await assertAnotherActiveAdmin(tx, id, "active");
    await tx.update(users).set({ active }).where(eq(users.id, id));
    if (!active) await endUserSessions(tx, id, "deactivated");
    await appendAudit(tx, { actorId, action: active ? "reactivate" : "deactivate", entity: "user", entityId: id, before: { active: before.active }, after: { active } });
    return { id, active };
  });
}

/** A new one-time password (the old password stops working, every session ends); returned this once. */
export async function resetUserPassword(db: Db, actorId: number, id: number, now = new Date()) {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    const passwordExpiresAt = expiry(now);
    await tx.update(users).set({ passwordHash, mustChangePassword: true, passwordExpiresAt }).where(eq(users.id, id));
    const ended = await endUserSessions(tx, id, "passwordReset");
    await appendAudit(tx, { actorId, action: "resetPassword", entity: "user", entityId: id, after: { email: before.email, endedSessions: ended } });
    return { id, email: before.email, password, passwordExpiresAt };
  });
}

/** Ends every session of a user at once (a lost laptop); they sign in again. */
export async function endAllUserSessions(db: Db, actorId: number, id: number) {
  return db.transaction(async (tx) => {
    await lockedUser(tx, id);
    const ended = await endUserSessions(tx, id, "endedByAdmin");
    await appendAudit(tx, { actorId, action: "endSessions", entity: "user", entityId: id, after: { endedSessions: ended } });
    return { id, ended };
  });
}

/** The signed-in user's own change: the current password must be right; their other sessions end, this one stays. */
export async function changeOwnPassword(db: Db, userId: number, sessionId: string | null, input: ChangePasswordInput) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!row) throw new DomainError("notFound", "notFound");
  if (!(await verifyPassword(input.current, row.passwordHash)).ok) throw new DomainError("invalid", "invalid", { current: ["currentPasswordWrong"] });
  assertUncommon(input.password);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, passwordExpiresAt: null }).where(eq(users.id, userId));
    const ended = await endUserSessions(tx, userId, "passwordChanged", sessionId ?? undefined);
    await appendAudit(tx, { actorId: userId, action: "changePassword", entity: "user", entityId: userId, after: { endedSessions: ended } });
  });
}

/**
 * Records a sign-in attempt as failed before the password is checked, so parallel
 * guesses are counted at once; completeSignIn turns it into a success.
 */
export async function recordSignInAttempt(tx: Tx, email: string, address: string | null): Promise<number> {
  const [row] = await tx.insert(signInAttempts).values({ email, address, succeeded: false }).returning({ id: signInAttempts.id });
  // Attempts older than a day throttle nothing; keep the table small whatever is thrown at it.
  await tx.delete(signInAttempts).where(sql`${signInAttempts.at} < now() - interval '1 day'`);
  return row.id;
}

/**
 * A proven sign-in, in one transaction: the attempt marked a success, the last
 * sign-in stamped, an earlier-format hash replaced by a current one, a session
 * started and the audit entry written. Returns the session id.
 */
export async function completeSignIn(
  db: Db,
  s: { attemptId: number; userId: number; now: Date; rehash: string | null; address: string | null },
): Promise<string> {
  const passwordHash = s.rehash === null ? undefined : await hashPassword(s.rehash);
  return db.transaction(async (tx) => {
    await tx.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, s.attemptId));
    await tx.update(users).set({ lastSignInAt: s.now, ...(passwordHash ? { passwordHash } : {}) }).where(eq(users.id, s.userId));
    const sessionId = await startSession(tx, s.userId, s.now);
    const [u] = await tx.select({ email: users.email }).from(users).where(eq(users.id, s.userId));
    await appendAudit(tx, { actorId: s.userId, action: "signIn", entity: "sign_in", entityId: u.email, after: { address: s.address } });
    return sessionId;
  });
}
