/**
 * Saved views and remembered columns of the agreement list, through the real
 * actions on a real database: each user keeps their own, names are checked,
 * every change of a view is audited in its transaction, and the list sorts by
 * the columns its headers offer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

import { eq } from "drizzle-orm";
import { createSavedViewAction, deleteSavedViewAction, renameSavedViewAction, saveListColumnsAction } from "@/app/(app)/agreements/view-actions";
import { listAgreements } from "@/db/queries/agreements";
import { getListColumns, listSavedViews } from "@/db/queries/saved-views";
import { agreements, auditLog, savedViews } from "@/db/schema";
import { parseAgreementFilters } from "@/lib/validation/agreement-filters";
import { baseFixtures, insertAgreementRows, signIn, state, type Fx } from "./fixtures";
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

const viewAudit = () => t.db.select().from(auditLog).where(eq(auditLog.entity, "saved_view")).orderBy(auditLog.id);

describe("saved views", () => {
  it("an executive saves the list as a named view: kept as the list reads it (defaults and page dropped), audited", async () => {
    signIn(fx.users.executive);
    const result = await createSavedViewAction({ name: "  履约中 · 金融  ", params: "?status=in_execution&category=financial_services&sort=date_desc&page=3&cols=value,status" });
    expect(result).toEqual({ ok: true, data: { id: expect.any(Number), name: "履约中 · 金融", params: "category=financial_services&status=in_execution&cols=status%2Cvalue" } });
    expect(await listSavedViews(t.db, fx.users.executive.id)).toHaveLength(1);
    expect(await listSavedViews(t.db, fx.users.staff.id)).toEqual([]);
    const audit = await viewAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorId: fx.users.executive.id, after: { name: "履约中 · 金融" } });
  });

  it("refuses a blank name, a name of more than 40 characters, a name the user already has, and filters the list would refuse; stores nothing", async () => {
    signIn(fx.users.staff);
    expect(await createSavedViewAction({ name: "   ", params: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["required"] } });
    expect(await createSavedViewAction({ name: "长".repeat(41), params: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["tooLong"] } });
    expect(await createSavedViewAction({ name: "坏的", params: "from=2025-13-40" })).toMatchObject({ ok: false, fieldErrors: { params: ["invalidView"] } });
    expect((await createSavedViewAction({ name: "全部", params: "" })).ok).toBe(true);
    expect(await createSavedViewAction({ name: "全部", params: "sort=value_desc" })).toMatchObject({ ok: false, fieldErrors: { name: ["viewNameTaken"] } });
    expect(await t.db.select().from(savedViews)).toHaveLength(1);
    expect(await viewAudit()).toHaveLength(1);
    // Another user may use the same name.
    signIn(fx.users.admin);
    expect((await createSavedViewAction({ name: "全部", params: "" })).ok).toBe(true);
  });

  it("renames and deletes only the user's own views, each audited; another user's view is not found and stays", async () => {
    signIn(fx.users.staff);
    const a = await createSavedViewAction({ name: "甲", params: "sort=value_desc" });
    const b = await createSavedViewAction({ name: "乙", params: "" });
    if (!a.ok || !b.ok) throw new Error("setup");
    expect(await renameSavedViewAction({ id: a.data.id, name: "乙" })).toMatchObject({ ok: false, fieldErrors: { name: ["viewNameTaken"] } });
    expect(await renameSavedViewAction({ id: a.data.id, name: "大额优先" })).toEqual({ ok: true, data: { id: a.data.id, name: "大额优先" } });

    signIn(fx.users.admin);
    expect(await renameSavedViewAction({ id: a.data.id, name: "偷改" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteSavedViewAction({ id: a.data.id })).toMatchObject({ ok: false, code: "notFound" });

    signIn(fx.users.staff);
    expect(await deleteSavedViewAction({ id: a.data.id })).toEqual({ ok: true, data: { id: a.data.id } });
    expect((await listSavedViews(t.db, fx.users.staff.id)).map((v) => v.name)).toEqual(["乙"]);
    expect((await viewAudit()).map((e) => [e.action, e.before, e.after])).toEqual([
      ["create", null, { name: "甲", params: "sort=value_desc" }],
      ["create", null, { name: "乙", params: "" }],
      ["rename", { name: "甲" }, { name: "大额优先" }],
      ["delete", { name: "大额优先", params: "sort=value_desc" }, null],
    ]);
  });

  it("a signed-out caller is sent to sign in and nothing is stored", async () => {
    await expect(createSavedViewAction({ name: "x", params: "" })).rejects.toThrow("NEXT_REDIRECT");
    expect(await t.db.select().from(savedViews)).toEqual([]);
  });
});

describe("remembered columns", () => {
  it("are kept per user, in the list's order, and at least one must be chosen", async () => {
    signIn(fx.users.staff);
    expect(await getListColumns(t.db, fx.users.staff.id)).toBeNull();
    expect(await saveListColumnsAction({ columns: [] })).toMatchObject({ ok: false, fieldErrors: { columns: ["chooseOneColumn"] } });
    expect(await saveListColumnsAction({ columns: ["value", "termEnd"] })).toEqual({ ok: true, data: { columns: ["value", "termEnd"] } });
    expect(await getListColumns(t.db, fx.users.staff.id)).toEqual(["termEnd", "value"]);
    expect((await saveListColumnsAction({ columns: ["status"] })).ok).toBe(true);
    expect(await getListColumns(t.db, fx.users.staff.id)).toEqual(["status"]);
    expect(await getListColumns(t.db, fx.users.admin.id)).toBeNull();
  });
});

describe("sorting by a column", () => {
  it("sorts by term end (no term last), title and status in lifecycle order", async () => {
    const base = { categoryId: fx.cat.fin.id, partyIds: [fx.org.msxj.id, fx.org.cqu.id], signedOn: "2025-07-10", signedValue: null };
    const rows = await insertAgreementRows(t.db, [
      { ...base, reference: "CQ-T-1", titleZh: "乙协议", status: "completed" },
      { ...base, reference: "CQ-T-2", titleZh: "甲协议", status: "signed" },
      { ...base, reference: "CQ-T-3", titleZh: "丙协议", status: "draft" },
    ]);
    await t.db.update(agreements).set({ termEnd: "2027-01-01" }).where(eq(agreements.id, rows[0].id));
    await t.db.update(agreements).set({ termEnd: "2026-03-01" }).where(eq(agreements.id, rows[2].id));
    const order = async (sort: string) =>
      (await listAgreements(t.db, parseAgreementFilters(new URLSearchParams({ sort })).data!)).items.map((a) => a.reference);
    expect(await order("term_end_asc")).toEqual(["CQ-T-3", "CQ-T-1", "CQ-T-2"]);
    expect(await order("term_end_desc")).toEqual(["CQ-T-1", "CQ-T-3", "CQ-T-2"]);
    expect(await order("status_asc")).toEqual(["CQ-T-3", "CQ-T-2", "CQ-T-1"]);
    const items = (await listAgreements(t.db, parseAgreementFilters(new URLSearchParams({ sort: "term_end_asc" })).data!)).items;
    expect(items.map((a) => a.termEnd)).toEqual(["2026-03-01", "2027-01-01", null]);
  });
});
