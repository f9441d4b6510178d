/**
 * After creation: edits with optimistic locking, soft delete and restore (and
 * what the figures show meanwhile), and progress updates, all through the real
 * server actions against a real database.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import {
  addProgressAction,
  createAgreementAction,
  deleteAgreementAction,
  restoreAgreementAction,
  updateAgreementAction,
} from "@/app/(app)/agreements/actions";
import { getAgreement } from "@/db/queries/agreement-detail";
import { listAgreements } from "@/db/queries/agreements";
import { getTotals, rollupByCategory } from "@/db/queries/rollups";
import { progressUpdates } from "@/db/schema";
import type { AgreementFormInput } from "@/lib/validation/agreement";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { agreementInput, agreementRow, auditFor, baseFixtures, counts, signIn, state, sumYuan, uuid, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  signIn(null);
});

/** Creates through the action as `user` and returns the new id. */
async function createAs(user: { id: number }, over: Partial<AgreementFormInput> = {}): Promise<number> {
  signIn(user);
  const result = await createAgreementAction({ agreement: agreementInput(fx, over), submissionKey: uuid() });
  if (!result.ok) throw new Error(`fixture create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("updateAgreementAction: optimistic locking", () => {
  it("a save that changes nothing keeps version 1 and writes no audit entry", async () => {
    const id = await createAs(fx.users.staff);
    const result = await updateAgreementAction({ id, version: 1, agreement: agreementInput(fx, {}) });
    expect(result).toEqual({ ok: true, data: { id, version: 1, changed: false } });
    expect(await agreementRow(t.db, id)).toMatchObject({ version: 1 });
    expect((await auditFor(t.db, id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("an update based on version 1 succeeds: version 2, audit 'update' holds only the changed fields", async () => {
    const id = await createAs(fx.users.staff);
    signIn(fx.users.admin);
    const result = await updateAgreementAction({
      id,
      version: 1,
      agreement: agreementInput(fx, { titleZh: "消费金融联合实验室合作协议（修订）", signedValue: "4亿" }),
    });

    expect(result).toEqual({ ok: true, data: { id, version: 2, changed: true } });
    expect(await agreementRow(t.db, id)).toMatchObject({
      titleZh: "消费金融联合实验室合作协议（修订）",
      signedValue: "400000000.00",
      version: 2,
      createdBy: fx.users.staff.id,
      updatedBy: fx.users.admin.id,
    });
    const audit = await auditFor(t.db, id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].actorId).toBe(fx.users.admin.id);
    expect(audit[1].before).toEqual({ titleZh: "消费金融数字化转型联合实验室合作协议", signedValue: "350000000.00" });
    expect(audit[1].after).toEqual({ titleZh: "消费金融联合实验室合作协议（修订）", signedValue: "400000000.00" });
  });

  it("a second update still based on version 1 is a conflict naming who saved and when; nothing changes", async () => {
    const id = await createAs(fx.users.staff);
    signIn(fx.users.admin);
    const saved = await updateAgreementAction({ id, version: 1, agreement: agreementInput(fx, { titleZh: "管理员保存的标题" }) });
    expect(saved.ok).toBe(true);
    const afterSave = await agreementRow(t.db, id);
    const auditBefore = await counts(t.db);

    signIn(fx.users.staff);
    const stale = await updateAgreementAction({ id, version: 1, agreement: agreementInput(fx, { titleZh: "专员的过期修改" }) });

    expect(stale).toEqual({
      ok: false,
      code: "conflict",
      message: "conflict",
      details: { by: "王管理", at: afterSave.updatedAt.toISOString(), version: "2" },
    });
    if (stale.ok) return;
    expect(stale.details!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const row = await agreementRow(t.db, id);
    expect(row.titleZh).toBe("管理员保存的标题");
    expect(row.version).toBe(2);
    expect(await counts(t.db)).toEqual(auditBefore);
  });

  it("two concurrent saves on version 1: exactly one wins, the other is a conflict", async () => {
    const id = await createAs(fx.users.staff);
    signIn(fx.users.admin);
    const results = await Promise.all(
      ["并发保存甲", "并发保存乙"].map((titleZh) => updateAgreementAction({ id, version: 1, agreement: agreementInput(fx, { titleZh }) })),
    );
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["conflict", "ok"]);
    const row = await agreementRow(t.db, id);
    expect(row.version).toBe(2);
    expect(row.titleZh).toBe(results[0].ok ? "并发保存甲" : "并发保存乙");
    expect((await auditFor(t.db, id)).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("an executive cannot update: FORBIDDEN and nothing changes", async () => {
    const id = await createAs(fx.users.staff);
    signIn(fx.users.executive);
    await expect(updateAgreementAction({ id, version: 1, agreement: agreementInput(fx, { titleZh: "越权修改" }) })).rejects.toThrow(
      "FORBIDDEN",
    );
    expect(await agreementRow(t.db, id)).toMatchObject({ titleZh: "消费金融数字化转型联合实验室合作协议", version: 1 });
    expect((await auditFor(t.db, id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("updating a soft-deleted agreement → notFound", async () => {
    const id = await createAs(fx.users.staff);
    expect((await deleteAgreementAction({ id })).ok).toBe(true);
    const result = await updateAgreementAction({ id, version: 2, agreement: agreementInput(fx) });
    expect(result).toMatchObject({ ok: false, code: "notFound" });
  });
});

describe("deleteAgreementAction / restoreAgreementAction", () => {
  // Three agreements; the draft never counts in totals or rollups but is listed.
  const A = { reference: "CQ-2024-0001", value: "350000000.00" }; // financial_services, signed
  const B = { reference: "CQ-2024-0002", value: "35000000.00" }; // technology_innovation, in execution
  const C = { reference: "CQ-2024-0003", value: "1000000.00" }; // financial_services, draft
  let ids: { a: number; b: number; c: number };

  beforeEach(async () => {
    const a = await createAs(fx.users.staff, { reference: A.reference, signedValue: "3.5亿" });
    const b = await createAs(fx.users.staff, {
      reference: B.reference,
      titleZh: "人工智能大模型金融应用合作协议",
      categoryId: fx.cat.tech.id,
      status: "in_execution",
      signedOn: "2024-09-10",
      signedValue: "3500万",
      parties: [
        { organizationId: fx.org.iflytek.id, isLead: true },
        { organizationId: fx.org.cqu.id, isLead: false },
      ],
    });
    const c = await createAs(fx.users.staff, {
      reference: C.reference,
      titleZh: "数据要素流通试点意向书",
      status: "draft",
      signedOn: "",
      signedValue: "100万",
      parties: [{ organizationId: fx.org.bigdata.id, isLead: true }],
    });
    ids = { a, b, c };
  });

  const list = async (params: Record<string, string> = {}) =>
    (await listAgreements(t.db, agreementFiltersSchema.parse({ sort: "reference_asc", ...params }))).items.map((i) => i.reference);
  const rollup = async () => Object.fromEntries((await rollupByCategory(t.db)).map((r) => [r.key, [r.count, r.signedValue]]));

  it("soft-deletes: deleted_at set, audit 'delete', gone from totals, rollups and the default list; restore brings the figures back exactly", async () => {
    const allTotals = { count: 2, signedValue: sumYuan([A.value, B.value]), parties: 4 };
    const allRollup = {
      financial_services: [1, A.value],
      technology_innovation: [1, B.value],
      talent_cultivation: [0, "0.00"],
    };
    expect(await getTotals(t.db)).toMatchObject(allTotals);
    expect(await rollup()).toEqual(allRollup);

    signIn(fx.users.staff);
    expect(await deleteAgreementAction({ id: ids.a })).toEqual({ ok: true, data: { id: ids.a } });

    const row = await agreementRow(t.db, ids.a);
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.version).toBe(2);
    const audit = await auditFor(t.db, ids.a);
    expect(audit.map((a) => a.action)).toEqual(["create", "delete"]);
    expect(audit[1]).toMatchObject({ actorId: fx.users.staff.id, after: { reference: A.reference } });

    expect(await getTotals(t.db)).toMatchObject({ count: 1, signedValue: sumYuan([B.value]), parties: 2 });
    expect(await rollup()).toEqual({ ...allRollup, financial_services: [0, "0.00"] });
    expect(await list()).toEqual([B.reference, C.reference]);
    expect(await list({ deleted: "1" })).toEqual([A.reference]);

    signIn(fx.users.admin);
    expect(await restoreAgreementAction({ id: ids.a })).toEqual({ ok: true, data: { id: ids.a } });
    expect((await agreementRow(t.db, ids.a)).deletedAt).toBeNull();
    expect((await auditFor(t.db, ids.a)).map((a) => [a.action, a.actorId])).toEqual([
      ["create", fx.users.staff.id],
      ["delete", fx.users.staff.id],
      ["restore", fx.users.admin.id],
    ]);
    expect(await getTotals(t.db)).toMatchObject(allTotals);
    expect((await getTotals(t.db)).signedValue).toBe("385000000.00");
    expect(await rollup()).toEqual(allRollup);
    expect(await list()).toEqual([A.reference, B.reference, C.reference]);
    expect(await list({ deleted: "1" })).toEqual([]);
  });

  it("an executive cannot delete or restore: FORBIDDEN and nothing changes", async () => {
    const before = await counts(t.db);
    signIn(fx.users.executive);
    await expect(deleteAgreementAction({ id: ids.a })).rejects.toThrow("FORBIDDEN");
    expect(await agreementRow(t.db, ids.a)).toMatchObject({ deletedAt: null, version: 1 });

    signIn(fx.users.staff);
    await deleteAgreementAction({ id: ids.b });
    signIn(fx.users.executive);
    await expect(restoreAgreementAction({ id: ids.b })).rejects.toThrow("FORBIDDEN");
    expect((await agreementRow(t.db, ids.b)).deletedAt).toBeInstanceOf(Date);
    expect(await counts(t.db)).toEqual({ ...before, audit: before.audit + 1 }); // only staff's delete
  });

  it("deleting an already-deleted agreement → notFound, no second audit entry; restoring a live one → notFound", async () => {
    signIn(fx.users.staff);
    expect((await deleteAgreementAction({ id: ids.a })).ok).toBe(true);
    expect(await deleteAgreementAction({ id: ids.a })).toMatchObject({ ok: false, code: "notFound" });
    expect(await restoreAgreementAction({ id: ids.b })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteAgreementAction({ id: 9999 })).toMatchObject({ ok: false, code: "notFound" });
    expect((await auditFor(t.db, ids.a)).map((a) => a.action)).toEqual(["create", "delete"]);
    expect((await auditFor(t.db, ids.b)).map((a) => a.action)).toEqual(["create"]);
  });
});

describe("addProgressAction", () => {
  let id: number; // signed on 2024-08-22

  beforeEach(async () => {
    id = await createAs(fx.users.staff);
  });

  it("adds an update with deliveredValue '5000万' → 50000000.00 and an audit 'progress' entry", async () => {
    signIn(fx.users.staff);
    const result = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "首批课题立项", deliveredValue: "5000万" });
    expect(result).toEqual({ ok: true, data: { id: expect.any(Number) } });

    const rows = await t.db.select().from(progressUpdates).where(eq(progressUpdates.agreementId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ occurredOn: "2024-10-15", note: "首批课题立项", deliveredValue: "50000000.00", authorId: fx.users.staff.id });

    const audit = await auditFor(t.db, id);
    expect(audit.map((a) => a.action)).toEqual(["create", "progress"]);
    expect(audit[1]).toMatchObject({
      actorId: fx.users.staff.id,
      after: { occurredOn: "2024-10-15", note: "首批课题立项", deliveredValue: "50000000.00" },
    });
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("50000000.00");
  });

  it("a replayed submission (same key) stores the update once, so its delivered amount counts once", async () => {
    signIn(fx.users.staff);
    const input = { submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "首批款项到位", deliveredValue: "1000万" };
    const [a, b] = await Promise.all([addProgressAction(input), addProgressAction(input)]);
    const c = await addProgressAction(input);
    expect([b, c]).toEqual([a, a]);
    expect(await t.db.select().from(progressUpdates).where(eq(progressUpdates.agreementId, id))).toHaveLength(1);
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("10000000.00");
    expect((await auditFor(t.db, id)).map((x) => x.action)).toEqual(["create", "progress"]);
  });

  it("on the signing day itself it is accepted", async () => {
    signIn(fx.users.admin);
    expect((await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-08-22", note: "签约当日启动", deliveredValue: "" })).ok).toBe(true);
  });

  it("refused for an executive: FORBIDDEN and nothing is written", async () => {
    const before = await counts(t.db);
    signIn(fx.users.executive);
    await expect(addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "越权", deliveredValue: "1万" })).rejects.toThrow(
      "FORBIDDEN",
    );
    expect(await counts(t.db)).toEqual(before);
  });

  it("dated before signing → occurredOn: progressBeforeSigning, nothing written", async () => {
    const before = await counts(t.db);
    signIn(fx.users.staff);
    const result = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-08-21", note: "签约前", deliveredValue: "1万" });
    expect(result).toEqual({ ok: false, code: "invalid", message: "invalid", fieldErrors: { occurredOn: ["progressBeforeSigning"] } });
    expect(await counts(t.db)).toEqual(before);
  });

  it("a negative delivered value → deliveredValue: amount.negative", async () => {
    signIn(fx.users.staff);
    const result = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "退款", deliveredValue: "-5" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { deliveredValue: ["amount.negative"] } });
  });

  it("an impossible calendar date → occurredOn: invalidDate (not a database error)", async () => {
    const before = await counts(t.db);
    signIn(fx.users.staff);
    const result = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-09-31", note: "不存在的日期", deliveredValue: "" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { occurredOn: ["invalidDate"] } });
    expect(await counts(t.db)).toEqual(before);
  });

  it("on a soft-deleted agreement → notFound", async () => {
    signIn(fx.users.staff);
    await deleteAgreementAction({ id });
    const result = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "已删除", deliveredValue: "" });
    expect(result).toMatchObject({ ok: false, code: "notFound" });
  });
});
