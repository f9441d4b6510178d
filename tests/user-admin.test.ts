/**
 * /admin/users and /account/password through their server actions, the real
 * guard and a real database; only the cookie's decoding is replaced.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./session-source")).sessionSourceMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { and, eq } from "drizzle-orm";
import { changePasswordAction } from "@/app/(account)/account/password/actions";
import { changeRoleAction, createUserAction, endSessionsAction, resetPasswordAction, setActiveAction } from "@/app/(forms)/admin/users/actions";
import { createUser } from "@/db/mutations/users";
import { auditLog, users } from "@/db/schema";
import { listUsers } from "@/db/queries/users";
import { authenticate } from "@/lib/auth/authenticate";
import { SESSION_LIMITS } from "@/lib/auth/session-limits";
import { getCurrentUser } from "@/lib/auth/guard";
import { state } from "./fixtures";
import { carry } from "./session-source";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
const PASSWORD = "violet-harbour-tram-42";

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t.close());

async function signInAs(email: string, password = PASSWORD) {
  const r = await authenticate(t.db, { email, password });
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  const session = { userId: r.user.id, sessionId: r.sessionId };
  carry(session);
  return session;
}

let adminId: number;
beforeEach(async () => {
  await t.reset();
  adminId = (await createUser(t.db, null, { email: "admin@accord.test", name: "王管理", role: "admin", password: PASSWORD })).id;
  await createUser(t.db, null, { email: "staff@accord.test", name: "李专员", role: "staff", password: PASSWORD });
});

describe("/admin/users", () => {
  it("an admin creates an account whose one-time password must be changed before anything else", async () => {
    await signInAs("admin@accord.test");
    const created = await createUserAction({ email: " New@Accord.test ", name: "周新人", role: "executive" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.data.email).toBe("new@accord.test");
    expect(created.data.password).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, "create"), eq(auditLog.entityId, String(created.data.id))))).toBe(1);
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain(created.data.password);

    expect(await createUserAction({ email: "new@accord.test", name: "重复", role: "staff" })).toMatchObject({ ok: false, fieldErrors: { email: ["emailTaken"] } });

    await signInAs("new@accord.test", created.data.password);
    expect(await getCurrentUser()).toMatchObject({ mustChangePassword: true });
    await expect(changeRoleAction({ id: adminId, role: "staff" })).rejects.toThrow("NEXT_REDIRECT");
    expect(await changePasswordAction({ current: created.data.password, password: "password1234", confirm: "password1234" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordCommon"] },
    });
    expect(await changePasswordAction({ current: created.data.password, password: "short", confirm: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordTooShort"] },
    });
    expect(await changePasswordAction({ current: created.data.password, password: "晴朗的早晨去江北看桥", confirm: "晴朗的早晨去江北看桥" })).toMatchObject({ ok: false });
    expect(await changePasswordAction({ current: created.data.password, password: "晴朗的早晨去江北看两座桥", confirm: "晴朗的早晨去江北看两座桥" })).toEqual({ ok: true, data: { changed: true } });
    const [row] = await t.db.select().from(users).where(eq(users.email, "new@accord.test"));
    expect(row).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(await getCurrentUser()).toMatchObject({ mustChangePassword: false });
  });

  it("only admins reach the actions; a staff member gets 403 and nothing changes", async () => {
    await signInAs("staff@accord.test");
    await expect(createUserAction({ email: "x@accord.test", name: "x", role: "admin" })).rejects.toThrow("FORBIDDEN");
    await expect(changeRoleAction({ id: adminId, role: "staff" })).rejects.toThrow("FORBIDDEN");
    carry(null);
    await expect(setActiveAction({ id: adminId, active: false })).rejects.toThrow("NEXT_REDIRECT");
    expect(await t.db.$count(users)).toBe(2);
  });

  it("the last active admin can be neither deactivated nor demoted; with a second admin both work, audited", async () => {
    await signInAs("admin@accord.test");
    expect(await changeRoleAction({ id: adminId, role: "staff" })).toMatchObject({ ok: false, code: "conflict", fieldErrors: { role: ["lastAdmin"] } });
    expect(await setActiveAction({ id: adminId, active: false })).toMatchObject({ ok: false, fieldErrors: { active: ["lastAdmin"] } });
    const [staff] = await t.db.select().from(users).where(eq(users.email, "staff@accord.test"));
    expect(await changeRoleAction({ id: staff.id, role: "admin" })).toMatchObject({ ok: true });
    expect(await setActiveAction({ id: staff.id, active: false })).toMatchObject({ ok: true });
    expect(await setActiveAction({ id: staff.id, active: true })).toMatchObject({ ok: true });
    expect(await changeRoleAction({ id: adminId, role: "executive" })).toMatchObject({ ok: true });
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entity, "user"))).map((a) => a.action);
    expect(actions.filter((a) => a !== "create")).toEqual(["changeRole", "deactivate", "reactivate", "changeRole"]);
  });

  it("reset password and end sessions sign the user out at once", async () => {
    const staffSession = await signInAs("staff@accord.test");
    await signInAs("admin@accord.test");
    const reset = await resetPasswordAction({ id: staffSession.userId });
    if (!reset.ok) throw new Error("reset failed");
    carry(staffSession);
    expect(await getCurrentUser()).toBeNull();
    expect((await authenticate(t.db, { email: "staff@accord.test", password: PASSWORD })).ok).toBe(false);
    const again = await signInAs("staff@accord.test", reset.data.password);
    await signInAs("admin@accord.test");
    const listed = await listUsers(t.db, new Date(), SESSION_LIMITS);
    expect(listed.map((u) => [u.email, u.openSessions, u.mustChangePassword])).toEqual([
      ["staff@accord.test", 1, true],
      ["admin@accord.test", 2, false],
    ]);
    expect(await endSessionsAction({ id: again.userId })).toEqual({ ok: true, data: { id: again.userId, ended: 1 } });
    carry(again);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("/account/password", () => {
  it("needs the current password, and ends the user's other sessions but not this one", async () => {
    const other = await signInAs("staff@accord.test");
    const mine = await signInAs("staff@accord.test");
    expect(await changePasswordAction({ current: "not-it", password: "a quiet river at dusk", confirm: "a quiet river at dusk" })).toMatchObject({
      ok: false,
      fieldErrors: { current: ["currentPasswordWrong"] },
    });
    expect(await changePasswordAction({ current: PASSWORD, password: "a quiet river at dusk", confirm: "a quiet river at dawn" })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["passwordMismatch"] },
    });
    expect(await changePasswordAction({ current: PASSWORD, password: "a quiet river at dusk", confirm: "a quiet river at dusk" })).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toMatchObject({ email: "staff@accord.test" });
    carry(other);
    expect(await getCurrentUser()).toBeNull();
    carry(mine);
    expect((await authenticate(t.db, { email: "staff@accord.test", password: "a quiet river at dusk" })).ok).toBe(true);
  });
});
