/**
 * Reminders end to end against a real database (PGlite, or Postgres with
 * DATABASE_URL): which agreements raise which reminder, raised once however
 * often the job runs, shown to the agreement's owner, dismissed and snoozed
 * through the real actions; the owner (负责人) reassigned and filtered on.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { reassignOwnerAction } from "@/app/(app)/agreements/[id]/actions";
import { dismissReminderAction, snoozeReminderAction } from "@/app/(app)/notifications/actions";
import { GET as getReminders } from "@/app/api/v1/reminders/route";
import { raiseDueReminders, updateReminderSettings } from "@/db/mutations/reminders";
import { listAgreements } from "@/db/queries/agreements";
import { countMyReminders, listMyReminders } from "@/db/queries/reminders";
import { agreements, auditLog, progressUpdates, reminders } from "@/db/schema";
import { todayInShanghai } from "@/lib/dates";
import { agreementFiltersSchema, forViewer } from "@/lib/validation/agreement-filters";
import { baseFixtures, insertAgreementRows, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
const TODAY = "2026-03-01";
let ids: Record<"in20" | "in5" | "in200" | "stale" | "fresh" | "over" | "draft" | "deleted", number>;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());

const base = { categoryId: 0, status: "signed" as const, signedOn: "2026-01-15", signedValue: "1000000.00", partyIds: [] as number[] };
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  const [in20, in5, in200, stale, fresh, over, draft, deleted] = await insertAgreementRows(t.db, [
    { ...base, reference: "CQ-2026-0001", titleZh: "二十天后到期", categoryId: fx.cat.fin.id },
    { ...base, reference: "CQ-2026-0002", titleZh: "五天后到期", categoryId: fx.cat.fin.id },
    { ...base, reference: "CQ-2026-0003", titleZh: "两百天后到期", categoryId: fx.cat.fin.id },
    { ...base, reference: "CQ-2026-0004", titleZh: "签约百日无进展", categoryId: fx.cat.fin.id, signedOn: "2025-11-01" },
    { ...base, reference: "CQ-2026-0005", titleZh: "近期有进展", categoryId: fx.cat.fin.id, signedOn: "2025-11-01" },
    { ...base, reference: "CQ-2026-0006", titleZh: "超额落地", categoryId: fx.cat.fin.id },
    { ...base, reference: "CQ-2026-0007", titleZh: "草拟稿", categoryId: fx.cat.fin.id, status: "draft", signedOn: null },
    { ...base, reference: "CQ-2026-0008", titleZh: "已删除", categoryId: fx.cat.fin.id, deleted: true },
  ]);
  ids = { in20: in20.id, in5: in5.id, in200: in200.id, stale: stale.id, fresh: fresh.id, over: over.id, draft: draft.id, deleted: deleted.id };
  const setTerm = (id: number, termEnd: string) => t.db.update(agreements).set({ termEnd }).where(eq(agreements.id, id));
  await setTerm(ids.in20, "2026-03-21");
  await setTerm(ids.in5, "2026-03-06");
  await setTerm(ids.in200, "2026-09-17");
  await setTerm(ids.draft, "2026-03-06");
  await setTerm(ids.deleted, "2026-03-06");
  await t.db.update(agreements).set({ ownerId: fx.users.staff.id });
  await t.db.insert(progressUpdates).values([
    { agreementId: ids.fresh, occurredOn: "2026-02-10", note: "推进中", deliveredValue: "10.00" },
    { agreementId: ids.over, occurredOn: "2026-02-10", note: "到位", deliveredValue: "1500000.00" },
  ]);
});

async function raised() {
  const rows = await t.db.select({ agreementId: reminders.agreementId, rule: reminders.rule, threshold: reminders.threshold }).from(reminders);
  return rows.map((r) => `${r.agreementId}:${r.rule}:${r.threshold}`).sort();
}

describe("raising", () => {
  it("raises each due reminder once, at the tightest term threshold, however often the job runs", async () => {
    const first = await raiseDueReminders(t.db, TODAY);
    expect(await raised()).toEqual(
      [`${ids.in20}:term_end:30`, `${ids.in5}:term_end:7`, `${ids.stale}:no_progress:90`, `${ids.over}:over_delivered:0`].sort(),
    );
    expect(first).toHaveLength(4);
    expect(await raiseDueReminders(t.db, TODAY)).toEqual([]);
    // A week later the 30-day one has nothing new to say; the 7-day threshold is crossed and raised once.
    await raiseDueReminders(t.db, "2026-03-15");
    expect((await raised()).filter((r) => r.startsWith(`${ids.in20}:`))).toEqual([`${ids.in20}:term_end:30`, `${ids.in20}:term_end:7`]);
  });

  it("uses the staleness the admin set", async () => {
    await updateReminderSettings(t.db, fx.users.admin, 30);
    await raiseDueReminders(t.db, TODAY);
    // Progress on 2026-02-10 is 19 days old: fresh at 30 days; the agreements signed 2026-01-15 without progress are not.
    expect((await raised()).filter((r) => r.includes("no_progress"))).toEqual(
      [ids.in20, ids.in5, ids.in200, ids.stale].map((id) => `${id}:no_progress:30`).sort(),
    );
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entity, "reminder_settings"));
    expect(audit).toMatchObject({ actorId: fx.users.admin.id, before: { staleDays: 90 }, after: { staleDays: 30 } });
  });
});

describe("the owner's list, dismiss and snooze", () => {
  beforeEach(async () => {
    await raiseDueReminders(t.db, TODAY);
  });
  const mine = async (userId: number, today = TODAY) => (await listMyReminders(t.db, userId, today)).map((r) => r.reference).sort();

  it("shows reminders to the agreement's owner only, with the header's count", async () => {
    expect(await mine(fx.users.staff.id)).toEqual(["CQ-2026-0001", "CQ-2026-0002", "CQ-2026-0004", "CQ-2026-0006"]);
    expect(await countMyReminders(t.db, fx.users.staff.id, TODAY)).toBe(4);
    expect(await mine(fx.users.admin.id)).toEqual([]);
  });

  it("dismissed: gone for good, never raised again; nobody else may dismiss it", async () => {
    const [r] = await listMyReminders(t.db, fx.users.staff.id, TODAY);
    signIn(fx.users.admin);
    expect(await dismissReminderAction({ id: r.id })).toMatchObject({ ok: false, code: "notFound" });
    signIn(fx.users.staff);
    expect(await dismissReminderAction({ id: r.id })).toEqual({ ok: true, data: { id: r.id } });
    await raiseDueReminders(t.db, TODAY);
    expect(await mine(fx.users.staff.id)).not.toContain(r.reference);
    expect(await countMyReminders(t.db, fx.users.staff.id, TODAY)).toBe(3);
  });

  it("snoozed for 1 or 7 days: hidden until that Shanghai day, then back", async () => {
    const [a, b] = await listMyReminders(t.db, fx.users.staff.id, TODAY);
    signIn(fx.users.staff);
    // The clock is the edge: 2026-03-01 23:30 in Shanghai is still the 1st there (15:30 UTC).
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T15:30:00Z") });
    expect(await snoozeReminderAction({ id: a.id, days: 1 })).toMatchObject({ ok: true, data: { until: "2026-03-02" } });
    expect(await snoozeReminderAction({ id: b.id, days: 7 })).toMatchObject({ ok: true, data: { until: "2026-03-08" } });
    expect(await snoozeReminderAction({ id: b.id, days: 3 })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { days: ["invalidOption"] } });
    vi.useRealTimers();
    expect(await mine(fx.users.staff.id)).toHaveLength(2);
    expect(await mine(fx.users.staff.id, "2026-03-02")).toContain(a.reference);
    expect(await mine(fx.users.staff.id, "2026-03-07")).not.toContain(b.reference);
    expect(await mine(fx.users.staff.id, "2026-03-08")).toHaveLength(4);
  });

  it("GET /api/v1/reminders lists due and recent reminders for a signed-in reader", async () => {
    signIn(fx.users.executive);
    const res = await getReminders(new Request("http://accord.test/api/v1/reminders"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { today: string; due: { reference: string; ownerName: string }[]; recent: unknown[] };
    expect(body.today).toBe(todayInShanghai());
    expect(body.due.map((r) => r.reference).sort()).toEqual(["CQ-2026-0001", "CQ-2026-0002", "CQ-2026-0004", "CQ-2026-0006"]);
    expect(body.due[0].ownerName).toBe("李专员");
    expect((await getReminders(new Request("http://accord.test/api/v1/reminders?x=1"))).status).toBe(400);
    signIn(null);
    expect((await getReminders(new Request("http://accord.test/api/v1/reminders"))).status).toBe(401);
  });
});

describe("owner (负责人)", () => {
  it("is reassigned by staff to an active staff member or admin, audited, and its reminders follow", async () => {
    await raiseDueReminders(t.db, TODAY);
    signIn(fx.users.staff);
    expect(await reassignOwnerAction({ agreementId: ids.in5, ownerId: fx.users.admin.id })).toEqual({ ok: true, data: { id: ids.in5, changed: true } });
    expect((await listMyReminders(t.db, fx.users.admin.id, TODAY)).map((r) => r.reference)).toEqual(["CQ-2026-0002"]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "reassign"));
    expect(audit).toMatchObject({ entity: "agreement", entityId: String(ids.in5), before: { ownerName: "李专员" }, after: { ownerName: "王管理" } });
    for (const ownerId of [fx.users.executive.id, fx.users.deactivated.id, 999_999]) {
      expect(await reassignOwnerAction({ agreementId: ids.in5, ownerId })).toMatchObject({ ok: false, fieldErrors: { ownerId: ["invalidOwner"] } });
    }
    signIn(fx.users.executive);
    await expect(reassignOwnerAction({ agreementId: ids.in5, ownerId: fx.users.executive.id })).rejects.toThrow("FORBIDDEN");
  });

  it("filters the list with owner=me for whoever looks", async () => {
    await t.db.update(agreements).set({ ownerId: fx.users.admin.id }).where(eq(agreements.id, ids.stale));
    const filters = agreementFiltersSchema.parse({ owner: "me" });
    expect((await listAgreements(t.db, forViewer(filters, fx.users.admin.id))).items.map((i) => i.reference)).toEqual(["CQ-2026-0004"]);
    expect((await listAgreements(t.db, forViewer(filters, fx.users.staff.id))).total).toBe(6);
    expect(agreementFiltersSchema.safeParse({ owner: "someone" }).success).toBe(false);
  });
});
