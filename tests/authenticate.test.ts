import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createUser } from "@/db/mutations/users";
import { signInAttempts, users } from "@/db/schema";
import { authenticate, MAX_FAILURES } from "@/lib/auth/authenticate";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  await createUser(t.db, null, { email: "staff@accord.test", name: "李专员", role: "staff", password: "correct-horse-1" });
});

describe("authenticate", () => {
  it("accepts the right password (any case of email) and stamps the last sign-in", async () => {
    const r = await authenticate(t.db, { email: " Staff@Accord.test ", password: "correct-horse-1" });
    expect(r).toMatchObject({ ok: true, user: { email: "staff@accord.test", name: "李专员" } });
    const [u] = await t.db.select().from(users);
    expect(u.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and a deactivated user alike", async () => {
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "wrong" })).toEqual({ ok: false, throttled: false });
    expect(await authenticate(t.db, { email: "nobody@accord.test", password: "x" })).toEqual({ ok: false, throttled: false });
    await t.db.update(users).set({ active: false }).where(eq(users.email, "staff@accord.test"));
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "correct-horse-1" })).toEqual({ ok: false, throttled: false });
  });

  it(`throttles an email after ${MAX_FAILURES} failures in 15 minutes, even with the right password, and only that email`, async () => {
    await t.db.insert(signInAttempts).values(Array.from({ length: MAX_FAILURES }, () => ({ email: "staff@accord.test", succeeded: false })));
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "correct-horse-1" })).toEqual({ ok: false, throttled: true });
    expect(await authenticate(t.db, { email: "other@accord.test", password: "x" })).toEqual({ ok: false, throttled: false });
    await t.db.execute(sql`update sign_in_attempts set at = now() - interval '16 minutes'`);
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "correct-horse-1" })).toMatchObject({ ok: true });
  });

  it(`guesses sent all at once still get only ${MAX_FAILURES} tries`, async () => {
    const results = await Promise.all(Array.from({ length: MAX_FAILURES + 5 }, () => authenticate(t.db, { email: "staff@accord.test", password: "guess" })));
    expect(results.filter((r) => !r.ok && !r.throttled)).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.throttled)).toHaveLength(5);
  });

  it("a successful sign-in clears the earlier failures", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate(t.db, { email: "staff@accord.test", password: "wrong" });
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "correct-horse-1" })).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate(t.db, { email: "staff@accord.test", password: "wrong" });
    expect(await authenticate(t.db, { email: "staff@accord.test", password: "correct-horse-1" })).toMatchObject({ ok: true });
  });
});
