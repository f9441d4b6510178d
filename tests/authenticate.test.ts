import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { createUser } from "@/db/mutations/users";
import { auditLog, signInAttempts, users } from "@/db/schema";
import { authenticate, MAX_ADDRESS_FAILURES, MAX_PAIR_FAILURES, type AuthenticateOptions } from "@/lib/auth/authenticate";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
const PASSWORD = "correct-horse-battery-1";
let waits: number[] = [];
const from = (address: string | null): AuthenticateOptions => ({ address, sleep: async (ms) => void waits.push(ms) });
const attempt = (password: string, address: string | null = null, email = "staff@accord.test") => authenticate(t.db, { email, password }, from(address));

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  waits = [];
  await createUser(t.db, null, { email: "staff@accord.test", name: "李专员", role: "staff", password: PASSWORD });
});

const failuresFrom = (address: string | null, n: number, email = "staff@accord.test") =>
  t.db.insert(signInAttempts).values(Array.from({ length: n }, () => ({ email, address, succeeded: false })));

describe("authenticate", () => {
  it("accepts the right password (any case of email), stamps the last sign-in, starts a session and audits it", async () => {
    const r = await authenticate(t.db, { email: " Staff@Accord.test ", password: PASSWORD });
    expect(r).toMatchObject({ ok: true, user: { email: "staff@accord.test", name: "李专员" }, mustChangePassword: false });
    const [u] = await t.db.select().from(users);
    expect(u.lastSignInAt).not.toBeNull();
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, "signIn"))).map((a) => a.entityId)).toEqual(["staff@accord.test"]);
  });

  it("refuses a wrong password, an unknown email and a deactivated user alike, and audits each failure", async () => {
    expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("x", null, "nobody@accord.test")).toEqual({ ok: false, reason: "invalid" });
    await t.db.update(users).set({ active: false }).where(eq(users.email, "staff@accord.test"));
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await t.db.$count(auditLog, eq(auditLog.action, "signInFailed"))).toBe(3);
  });

  it("reads all of a long password: the right one with another tail is refused", async () => {
    const long = "长".repeat(30) + "a".repeat(60) + "-tail-1";
    await createUser(t.db, null, { email: "long@accord.test", name: "长", role: "staff", password: long });
    expect(await attempt(long, null, "long@accord.test")).toMatchObject({ ok: true });
    expect(await attempt(long.slice(0, -1) + "2", null, "long@accord.test")).toEqual({ ok: false, reason: "invalid" });
  });

  it("still accepts an earlier plain-bcrypt hash, then replaces it; never matches it on a long input's head", async () => {
    const legacy = await bcrypt.hash("accord-demo", 4);
    await t.db.update(users).set({ passwordHash: legacy }).where(eq(users.email, "staff@accord.test"));
    expect(await attempt("accord-demo" + "x".repeat(70))).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("accord-demo")).toMatchObject({ ok: true });
    const [u] = await t.db.select().from(users);
    expect(u.passwordHash.startsWith("$sha256$")).toBe(true);
    expect(await attempt("accord-demo")).toMatchObject({ ok: true });
  });

  it(`refuses an email from one address after ${MAX_PAIR_FAILURES} failures, but not the owner's right password from elsewhere`, async () => {
    await failuresFrom("203.0.113.9", MAX_PAIR_FAILURES);
    expect(await attempt(PASSWORD, "203.0.113.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await attempt(PASSWORD, "198.51.100.7")).toMatchObject({ ok: true });
    expect(await t.db.$count(auditLog, eq(auditLog.action, "signInRefused"))).toBe(1);
    await t.db.execute(sql`update sign_in_attempts set at = now() - interval '16 minutes'`);
    expect(await attempt(PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
  });

  it(`refuses an address spraying many emails after ${MAX_ADDRESS_FAILURES} failures`, async () => {
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) await failuresFrom("203.0.113.9", 1, `u${i}@accord.test`);
    expect(await attempt(PASSWORD, "203.0.113.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await attempt("guess", "203.0.113.9", "someone-new@accord.test")).toEqual({ ok: false, reason: "throttled" });
    expect(await attempt(PASSWORD, "198.51.100.7")).toMatchObject({ ok: true });
  });

  it("slows the attacker down before refusing, and slows failures from elsewhere only a little", async () => {
    await failuresFrom("203.0.113.9", 6);
    await attempt("guess", "203.0.113.9");
    expect(waits).toEqual([2000]);
    waits = [];
    await attempt(PASSWORD, "198.51.100.7");
    expect(waits).toEqual([1000]);
  });

  it("without a trusted address, counts per email as before", async () => {
    await failuresFrom(null, MAX_PAIR_FAILURES);
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "throttled" });
  });

  it(`guesses sent all at once still get only ${MAX_PAIR_FAILURES} tries`, async () => {
    const results = await Promise.all(Array.from({ length: MAX_PAIR_FAILURES + 5 }, () => attempt("guess", "203.0.113.9")));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_PAIR_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(5);
  });

  it("a successful sign-in clears the earlier failures from that address", async () => {
    await failuresFrom("203.0.113.9", MAX_PAIR_FAILURES - 1);
    expect(await attempt(PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
    await failuresFrom("203.0.113.9", MAX_PAIR_FAILURES - 1);
    expect(await attempt(PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
  });

  it("a one-time password works until it expires, then is refused as expired", async () => {
    await t.db
      .update(users)
      .set({ mustChangePassword: true, passwordExpiresAt: new Date(Date.now() + 60_000) })
      .where(eq(users.email, "staff@accord.test"));
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true, mustChangePassword: true });
    await t.db.update(users).set({ passwordExpiresAt: new Date(Date.now() - 1000) }).where(eq(users.email, "staff@accord.test"));
    expect(await attempt(PASSWORD)).toEqual({ ok: false, reason: "expired" });
  });
});
