/**
 * Before a new organisation is created, the likely duplicates are found (pg_trgm
 * similarity on names and aliases, the same credit code) and the create is
 * refused until the user says it is a different one. Organisations and events
 * that no agreement refers to can be deleted; ones in use cannot.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { deleteEventAction } from "@/app/(app)/events/actions";
import { createOrganizationAction, deleteOrganizationAction, findSimilarOrganizationsAction } from "@/app/(app)/parties/actions";
import { agreements, auditLog, events, organizationAliases, organizations } from "@/db/schema";
import { baseFixtures, insertAgreementRows, insertEvent, insertOrganization, signIn, state, uuid, type Fx } from "./fixtures";
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
  signIn(fx.users.staff);
});

const CODE = "91500000MA5U7AB12X";
const similar = async (probe: Record<string, string>) => {
  const result = await findSimilarOrganizationsAction(probe);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.map((m) => [m.nameZh, m.reason]);
};

describe("likely duplicates", () => {
  it("the same name, a longer or shorter form of it, a short name inside the name typed", async () => {
    expect(await similar({ nameZh: "重庆大学" })).toEqual([["重庆大学", "sameName"]]);
    // Sibling universities share only "重庆…大学": not flagged.
    expect(await similar({ nameZh: "重庆交通大学" })).toEqual([]);
    expect(await similar({ nameZh: "马上消费金融有限公司" })).toEqual([["马上消费金融股份有限公司", "name"]]);
    expect((await similar({ nameZh: "科大讯飞（重庆）有限公司", shortName: "讯飞" }))[0]).toEqual(["科大讯飞股份有限公司", "sameName"]);
    expect((await similar({ nameZh: "科大讯飞（重庆）有限公司" }))[0]).toEqual(["科大讯飞股份有限公司", "name"]);
    expect(await similar({ nameZh: "西南政法大学" })).toEqual([]);
  });

  it("the same credit code comes first; an alias of a merged duplicate counts too", async () => {
    await t.db.update(organizations).set({ creditCode: CODE }).where(eq(organizations.id, fx.org.bigdata.id));
    await t.db.insert(organizationAliases).values({ organizationId: fx.org.cqrcb.id, name: "重庆农商行" });
    expect((await similar({ nameZh: "西南某机构", creditCode: CODE.toLowerCase() }))[0]).toEqual(["重庆市大数据应用发展管理局", "creditCode"]);
    expect(await similar({ nameZh: "重庆农商行" })).toEqual([["重庆农村商业银行股份有限公司", "alias"]]);
  });

  it("creating one is refused until the user says it is a different organisation", async () => {
    const before = await t.db.$count(organizations);
    const refused = await createOrganizationAction({ organization: { nameZh: "重庆大学", type: "academic" }, submissionKey: uuid() });
    expect(refused).toEqual({ ok: false, code: "invalid", message: "possibleDuplicates", fieldErrors: { nameZh: ["possibleDuplicate"] } });
    expect(await t.db.$count(organizations)).toBe(before);
    const created = await createOrganizationAction({ organization: { nameZh: "重庆大学附属肿瘤医院", type: "other" }, submissionKey: uuid(), allowSimilar: true });
    expect(created).toMatchObject({ ok: true, data: { nameZh: "重庆大学附属肿瘤医院" } });
    // Nothing similar: created at once.
    expect(await createOrganizationAction({ organization: { nameZh: "西南政法大学", type: "academic" }, submissionKey: uuid() })).toMatchObject({ ok: true });
  });

  it("is for writers only", async () => {
    signIn(fx.users.executive);
    await expect(findSimilarOrganizationsAction({ nameZh: "重庆大学" })).rejects.toThrow("FORBIDDEN");
  });
});

describe("deleting organisations and events", () => {
  it("an organisation no agreement refers to is deleted with its aliases and an audit entry keeping it", async () => {
    const stray = await insertOrganization(t.db, "两江测试机构", "other", "两江测试");
    await t.db.insert(organizationAliases).values({ organizationId: stray.id, name: "旧名称" });
    expect(await deleteOrganizationAction({ id: stray.id, version: 1 })).toEqual({ ok: true, data: { id: stray.id } });
    expect(await t.db.$count(organizations, eq(organizations.id, stray.id))).toBe(0);
    expect(await t.db.$count(organizationAliases)).toBe(0);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "delete"));
    expect(entry).toMatchObject({ entity: "organization", entityId: String(stray.id), actorId: fx.users.staff.id, before: { nameZh: "两江测试机构", shortName: "两江测试", aliases: ["旧名称"] } });
  });

  it("one in use, even only by a deleted agreement, is refused with how many agreements list it", async () => {
    await insertAgreementRows(t.db, [
      { reference: "CQ-2024-0001", titleZh: "已删除的协议", categoryId: fx.cat.fin.id, status: "signed", signedOn: "2024-08-22", signedValue: "1.00", partyIds: [fx.org.cqu.id, fx.org.msxj.id], deleted: true },
    ]);
    const audit = await t.db.$count(auditLog);
    expect(await deleteOrganizationAction({ id: fx.org.cqu.id, version: 1 })).toEqual({ ok: false, code: "invalid", message: "inUse", details: { count: "1" } });
    expect(await t.db.$count(organizations, eq(organizations.id, fx.org.cqu.id))).toBe(1);
    expect(await t.db.$count(auditLog)).toBe(audit);
  });

  it("events likewise: an unused one is deleted, one with agreements is refused", async () => {
    const unused = await insertEvent(t.db, "取消的签约仪式", "2025-12-01");
    const [used] = await insertAgreementRows(t.db, [
      { reference: "CQ-2024-0001", titleZh: "智博会协议", categoryId: fx.cat.fin.id, status: "signed", signedOn: "2024-08-22", signedValue: "1.00", partyIds: [fx.org.cqu.id, fx.org.msxj.id] },
    ]);
    await t.db.update(agreements).set({ eventId: fx.expo.id }).where(eq(agreements.id, used.id));
    expect(await deleteEventAction({ id: fx.expo.id, version: 1 })).toMatchObject({ ok: false, message: "inUse", details: { count: "1" } });
    expect(await deleteEventAction({ id: unused.id, version: 1 })).toEqual({ ok: true, data: { id: unused.id } });
    expect((await t.db.select({ id: events.id }).from(events)).map((e) => e.id)).toEqual([fx.expo.id]);
    expect(await t.db.$count(auditLog, eq(auditLog.entity, "event"))).toBe(1);
  });

  it("a stale version is a conflict; an executive is refused", async () => {
    const stray = await insertOrganization(t.db, "两江测试机构", "other");
    await t.db.update(organizations).set({ version: 2, updatedBy: fx.users.admin.id }).where(eq(organizations.id, stray.id));
    expect(await deleteOrganizationAction({ id: stray.id, version: 1 })).toMatchObject({ ok: false, code: "conflict", details: { by: "王管理" } });
    signIn(fx.users.executive);
    await expect(deleteOrganizationAction({ id: stray.id, version: 2 })).rejects.toThrow("FORBIDDEN");
    await expect(deleteEventAction({ id: fx.expo.id, version: 1 })).rejects.toThrow("FORBIDDEN");
  });
});
