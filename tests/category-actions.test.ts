/**
 * /admin/categories end to end against a real database: only admins manage
 * categories; adding, renaming, retiring and deleting each write one audit entry;
 * a category in use is retired, never deleted, and a retired one leaves the forms
 * but stays in filters and on the agreements already filed under it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import {
  createCategoryAction,
  deleteCategoryAction,
  reactivateCategoryAction,
  renameCategoryAction,
  retireCategoryAction,
} from "@/app/(forms)/admin/categories/actions";
import { createAgreementAction, updateAgreementAction } from "@/app/(app)/agreements/actions";
import { listCategoriesForAdmin } from "@/db/queries/categories";
import { listCategories } from "@/db/queries/reference-data";
import { auditLog, categories } from "@/db/schema";
import { agreementInput, baseFixtures, insertAgreementRows, signIn, state, uuid, type Fx } from "./fixtures";
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
  signIn(fx.users.admin);
});

const tally = async () => ({ categories: await t.db.$count(categories), audit: await t.db.$count(auditLog) });
const green = { nameZh: "绿色金融", nameZhHant: "綠色金融", nameEn: "Green finance" };
const categoryRow = async (id: number) => (await t.db.select().from(categories).where(eq(categories.id, id)))[0];
const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(auditLog.id)).at(-1);
/** One agreement filed under the talent category, so that category is in use. */
const useTalent = () =>
  insertAgreementRows(t.db, [{ reference: "CQ-2024-0100", titleZh: "人才联合培养协议", categoryId: fx.cat.talent.id, status: "signed", signedOn: "2024-08-22", signedValue: null, partyIds: [fx.org.cqu.id, fx.org.msxj.id] }]);

describe("who may manage categories", () => {
  const WRITES = {
    create: () => createCategoryAction({ category: green }),
    rename: () => renameCategoryAction({ id: fx.cat.fin.id, category: { ...green } }),
    retire: () => retireCategoryAction({ id: fx.cat.fin.id }),
    reactivate: () => reactivateCategoryAction({ id: fx.cat.fin.id }),
    delete: () => deleteCategoryAction({ id: fx.cat.fin.id }),
  };
  it.each(Object.entries(WRITES))("%s: refuses the signed-out, the deactivated, executives and staff, writing nothing", async (_name, write) => {
    const before = await tally();
    signIn(null);
    await expect(write()).rejects.toThrow("NEXT_REDIRECT");
    signIn(fx.users.deactivated);
    await expect(write()).rejects.toThrow("NEXT_REDIRECT");
    for (const role of ["executive", "staff"] as const) {
      signIn(fx.users[role]);
      await expect(write()).rejects.toThrow("FORBIDDEN");
    }
    expect(await tally()).toEqual(before);
    expect((await categoryRow(fx.cat.fin.id)).nameZh).toBe("金融服务");
  });
});

describe("adding and renaming", () => {
  it("adds a category at the end, active, with a URL key from its English name and one audit entry", async () => {
    const result = await createCategoryAction({ category: { nameZh: " 绿色金融 ", nameZhHant: "綠色金融", nameEn: "Green finance & ESG" } });
    expect(result).toMatchObject({ ok: true, data: { key: "green_finance_esg" } });
    const options = await listCategories(t.db);
    expect(options.at(-1)).toMatchObject({ nameZh: "绿色金融", nameEn: "Green finance & ESG", active: true });
    expect(await lastAudit()).toMatchObject({ action: "create", entity: "category", actorId: fx.users.admin.id, after: { key: "green_finance_esg", nameZh: "绿色金融" } });
  });

  it("names taken in any language (English ignoring case) and blank names come back as field errors; nothing is written", async () => {
    const before = await tally();
    expect(await createCategoryAction({ category: { nameZh: "金融服务", nameZhHant: "新類別", nameEn: "FINANCIAL SERVICES" } })).toMatchObject({
      ok: false,
      fieldErrors: { "category.nameZh": ["categoryNameTaken"], "category.nameEn": ["categoryNameTaken"] },
    });
    expect(await createCategoryAction({ category: { nameZh: "  ", nameZhHant: "", nameEn: "x".repeat(81) } })).toMatchObject({
      ok: false,
      fieldErrors: { "category.nameZh": ["required"], "category.nameZhHant": ["required"], "category.nameEn": ["tooLong"] },
    });
    expect(await tally()).toEqual(before);
  });

  it("two categories with English names that make the same key get different keys", async () => {
    await createCategoryAction({ category: green });
    const second = await createCategoryAction({ category: { nameZh: "绿色金融二", nameZhHant: "綠色金融二", nameEn: "Green-finance" } });
    expect(second).toMatchObject({ ok: true, data: { key: "green_finance_2" } });
  });

  it("renames in three languages, keeping the key, and audits only what changed; an unchanged save writes nothing", async () => {
    const renamed = { nameZh: "金融服务与普惠", nameZhHant: "金融服務", nameEn: "Financial services & inclusion" };
    expect(await renameCategoryAction({ id: fx.cat.fin.id, category: renamed })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await categoryRow(fx.cat.fin.id)).toMatchObject({ ...renamed, key: "financial_services" });
    expect(await lastAudit()).toMatchObject({
      action: "update",
      entity: "category",
      entityId: String(fx.cat.fin.id),
      before: { nameZh: "金融服务", nameEn: "Financial services" },
      after: { nameZh: "金融服务与普惠", nameEn: "Financial services & inclusion" },
    });
    const before = await tally();
    expect(await renameCategoryAction({ id: fx.cat.fin.id, category: renamed })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await tally()).toEqual(before);
  });

  it("a rename onto another category's name is refused; an unknown id is not found", async () => {
    expect(await renameCategoryAction({ id: fx.cat.fin.id, category: { nameZh: "科技创新", nameZhHant: "金融服務", nameEn: "Financial services" } })).toMatchObject({
      ok: false,
      fieldErrors: { "category.nameZh": ["categoryNameTaken"] },
    });
    expect(await renameCategoryAction({ id: 999_999, category: green })).toMatchObject({ ok: false, code: "notFound" });
  });
});

describe("retiring and deleting", () => {
  it("a retired category leaves the forms, stays in filters, and new agreements cannot use it", async () => {
    expect(await retireCategoryAction({ id: fx.cat.talent.id })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await lastAudit()).toMatchObject({ action: "retire", entity: "category", before: { active: true }, after: { active: false } });
    expect((await listCategories(t.db)).map((c) => c.key)).not.toContain("talent_cultivation");
    expect((await listCategories(t.db, { withRetired: true })).find((c) => c.key === "talent_cultivation")).toMatchObject({ active: false });

    signIn(fx.users.staff);
    expect(await createAgreementAction({ agreement: agreementInput(fx, { categoryId: fx.cat.talent.id }), submissionKey: uuid() })).toMatchObject({
      ok: false,
      fieldErrors: { "agreement.categoryId": ["retiredCategory"] },
    });
  });

  it("an agreement already filed under a retired category can still be edited without moving it", async () => {
    signIn(fx.users.staff);
    const created = await createAgreementAction({ agreement: agreementInput(fx, { categoryId: fx.cat.talent.id }), submissionKey: uuid() });
    if (!created.ok) throw new Error("fixture agreement not created");
    signIn(fx.users.admin);
    await retireCategoryAction({ id: fx.cat.talent.id });
    signIn(fx.users.staff);
    const edit = agreementInput(fx, { categoryId: fx.cat.talent.id, titleZh: "人才联合培养协议（修订）" });
    expect(await updateAgreementAction({ id: created.data.id, version: 1, agreement: edit })).toMatchObject({ ok: true });
  });

  it("reactivating brings it back to the forms; retiring twice writes once", async () => {
    await retireCategoryAction({ id: fx.cat.talent.id });
    const before = await tally();
    expect(await retireCategoryAction({ id: fx.cat.talent.id })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await tally()).toEqual(before);
    expect(await reactivateCategoryAction({ id: fx.cat.talent.id })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await listCategories(t.db)).map((c) => c.key)).toContain("talent_cultivation");
  });

  it("deletes an unused category with an audit entry keeping it; one in use is refused with its count", async () => {
    await useTalent();
    const before = await tally();
    expect(await deleteCategoryAction({ id: fx.cat.talent.id })).toMatchObject({ ok: false, message: "categoryInUse", details: { count: "1" } });
    expect(await tally()).toEqual(before);

    expect(await deleteCategoryAction({ id: fx.cat.tech.id })).toMatchObject({ ok: true });
    expect(await categoryRow(fx.cat.tech.id)).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ action: "delete", entity: "category", before: { key: "technology_innovation", nameZh: "科技创新" } });
  });

  it("the admin list counts each category's agreements, deleted ones included", async () => {
    await useTalent();
    await insertAgreementRows(t.db, [{ reference: "CQ-2024-0101", titleZh: "已删除的协议", categoryId: fx.cat.talent.id, status: "draft", signedOn: null, signedValue: null, partyIds: [], deleted: true }]);
    const list = await listCategoriesForAdmin(t.db);
    expect(list.map((c) => [c.key, c.uses])).toEqual([["financial_services", 0], ["technology_innovation", 0], ["talent_cultivation", 2]]);
  });
});
