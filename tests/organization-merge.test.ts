/**
 * Merging a duplicate organisation through the real admin action: nothing is
 * lost, every figure that does not name an organisation stays exactly as it was,
 * the survivor's figures become those of the agreements either was party to,
 * and the absorbed names still find the survivor everywhere people search.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq, sql } from "drizzle-orm";
import { mergeOrganizationsAction } from "@/app/(app)/parties/actions";
import { listAgreementHistory } from "@/db/queries/agreement-detail";
import { listAgreements } from "@/db/queries/agreements";
import { getOrganization, getOrganizationTotals, listOrganizations, searchOrganizations } from "@/db/queries/organizations";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, sumAgreements } from "@/db/queries/rollups";
import { agreementParties, agreements, auditLog, organizationAliases, organizations, progressUpdates } from "@/db/schema";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { baseFixtures, partiesOf, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
let dup: typeof organizations.$inferSelect;
let ids: Record<"x1" | "x2" | "x3" | "x4" | "draft" | "deleted", number>;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());

type Party = { org: number; lead?: boolean; signatory?: string };
async function agreement(reference: string, value: string, parties: Party[], over: Partial<typeof agreements.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(agreements)
    .values({ reference, titleZh: `协议 ${reference}`, categoryId: fx.cat.talent.id, eventId: fx.expo.id, status: "signed", signedOn: "2024-08-22", signedValue: value, ...over })
    .returning();
  await t.db.insert(agreementParties).values(
    parties.map((p, i) => ({ agreementId: row.id, organizationId: p.org, position: i + 1, isLead: Boolean(p.lead), signatoryName: p.signatory ?? null })),
  );
  return row.id;
}

beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  // The same university registered twice, under its campus name and with the names the first record lacks.
  [dup] = await t.db.insert(organizations).values({ nameZh: "重庆大学虎溪校区", nameEn: "Chongqing University", shortName: "重大", type: "academic", city: "重庆", notes: "由签约现场名单录入" }).returning();
  const cqu = fx.org.cqu.id;
  ids = {
    x1: await agreement("CQ-2024-0001", "100000000.00", [{ org: fx.org.cqrcb.id, lead: true }, { org: cqu }]),
    x2: await agreement("CQ-2024-0002", "50000000.00", [{ org: dup.id, lead: true }, { org: fx.org.msxj.id }], { valueKind: "intended", categoryId: fx.cat.fin.id }),
    x3: await agreement("CQ-2024-0003", "30000000.00", [{ org: cqu }, { org: fx.org.iflytek.id, lead: true }, { org: dup.id, signatory: "张校长" }]),
    x4: await agreement("CQ-2024-0004", "8000000.00", [{ org: dup.id }, { org: cqu, lead: true }], { signedOn: "2024-09-02", eventId: null }),
    draft: await agreement("CQ-2024-0005", "1000000.00", [{ org: dup.id, lead: true }, { org: fx.org.bigdata.id }], { status: "draft", signedOn: null }),
    deleted: await agreement("CQ-2024-0006", "2000000.00", [{ org: dup.id, lead: true }, { org: fx.org.bigdata.id }], { deletedAt: new Date("2025-01-01T00:00:00Z") }),
  };
  await t.db.insert(progressUpdates).values([
    { agreementId: ids.x1, occurredOn: "2024-10-01", note: "进展", deliveredValue: "20000000.00" },
    { agreementId: ids.x2, occurredOn: "2024-10-01", note: "进展", deliveredValue: "1000000.00" },
    { agreementId: ids.x3, occurredOn: "2024-10-01", note: "进展", deliveredValue: "333.33" },
  ]);
  signIn(fx.users.admin);
});

const merge = () => mergeOrganizationsAction({ survivorId: fx.org.cqu.id, survivorVersion: 1, absorbedId: dup.id, absorbedVersion: 1 });

async function figures() {
  const { parties, ...totals } = await getTotals(t.db);
  return {
    totals,
    parties,
    byCategory: await rollupByCategory(t.db),
    byPartyType: await rollupByPartyType(t.db),
    byEvent: await rollupByEvent(t.db),
    byMonth: await rollupByMonth(t.db),
    byStatus: await rollupByStatus(t.db),
    withDrafts: await getTotals(t.db, { status: ["draft", "signed"] }),
    progress: await t.db.$count(progressUpdates),
  };
}

describe("mergeOrganizationsAction", () => {
  it("conserves every count and sum; the survivor's totals are those of the agreements either was party to", async () => {
    const before = await figures();
    const either = await sumAgreements(t.db, sql`a.status <> 'draft' and a.deleted_at is null and exists (select 1 from agreement_parties ap where ap.agreement_id = a.id and ap.organization_id in (${fx.org.cqu.id}, ${dup.id}))`);
    const rowsBefore = await t.db.$count(agreementParties);

    const result = await merge();
    expect(result).toMatchObject({ ok: true, data: { id: fx.org.cqu.id, version: 2, aliases: ["重庆大学虎溪校区"] } });

    const after = await figures();
    expect(after.totals).toEqual(before.totals);
    expect(after.withDrafts).toEqual({ ...before.withDrafts, parties: before.withDrafts.parties - 1 });
    expect(after.parties).toBe(before.parties - 1);
    expect([after.byCategory, after.byPartyType, after.byEvent, after.byMonth, after.byStatus, after.progress]).toEqual([
      before.byCategory, before.byPartyType, before.byEvent, before.byMonth, before.byStatus, before.progress,
    ]);
    expect(await getOrganizationTotals(t.db, fx.org.cqu.id)).toEqual(either);
    expect(either).toMatchObject({ count: 4, signedValue: "188000000.00", deliveredValue: "21000333.33" });
    // Two agreements listed both: each keeps one row.
    expect(await t.db.$count(agreementParties)).toBe(rowsBefore - 2);
    expect(await t.db.$count(agreementParties, eq(agreementParties.organizationId, fx.org.cqu.id))).toBe(6);
    expect(await getOrganization(t.db, dup.id)).toBeNull();
  });

  it("agreements listing both keep one party in the earlier position, lead if either was, with the signatory, positions closed up", async () => {
    await merge();
    const rows = async (id: number) => (await partiesOf(t.db, id)).map((p) => [p.organizationId, p.position, p.isLead, p.signatoryName]);
    expect(await rows(ids.x3)).toEqual([
      [fx.org.cqu.id, 1, false, "张校长"],
      [fx.org.iflytek.id, 2, true, null],
    ]);
    expect(await rows(ids.x4)).toEqual([[fx.org.cqu.id, 1, true, null]]);
    expect(await rows(ids.x2)).toEqual([
      [fx.org.cqu.id, 1, true, null],
      [fx.org.msxj.id, 2, false, null],
    ]);
  });

  it("fills the survivor's blanks, keeps the absorbed names as aliases that every search still matches", async () => {
    await merge();
    expect(await getOrganization(t.db, fx.org.cqu.id)).toMatchObject({ nameZh: "重庆大学", nameEn: "Chongqing University", shortName: "重大", city: "重庆", notes: "由签约现场名单录入", version: 2 });
    expect(await t.db.select({ name: organizationAliases.name, mergedFromId: organizationAliases.mergedFromId }).from(organizationAliases)).toEqual([
      { name: "重庆大学虎溪校区", mergedFromId: dup.id },
    ]);
    expect((await searchOrganizations(t.db, { q: "虎溪", limit: 20 })).map((o) => o.id)).toEqual([fx.org.cqu.id]);
    expect((await listOrganizations(t.db, { q: "虎溪校区", page: 1, pageSize: 25 })).items.map((o) => o.id)).toEqual([fx.org.cqu.id]);
    const listed = await listAgreements(t.db, agreementFiltersSchema.parse({ q: "虎溪" }));
    expect(listed.items.map((a) => a.id).sort()).toEqual([ids.x1, ids.x2, ids.x3, ids.x4, ids.draft].sort());
  });

  it("writes one audit entry, which the history of every agreement it touched shows", async () => {
    const before = await t.db.$count(auditLog);
    await merge();
    expect(await t.db.$count(auditLog)).toBe(before + 1);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "merge"));
    expect(entry).toMatchObject({
      actorId: fx.users.admin.id,
      entity: "organization",
      entityId: String(fx.org.cqu.id),
      before: { absorbed: { id: dup.id, nameZh: "重庆大学虎溪校区", notes: "由签约现场名单录入" }, survivor: { id: fx.org.cqu.id, nameEn: null } },
    });
    expect((entry.after as { agreementIds: number[] }).agreementIds.sort()).toEqual([ids.x2, ids.x3, ids.x4, ids.draft, ids.deleted].sort());
    for (const id of [ids.x2, ids.x4, ids.deleted]) expect((await listAgreementHistory(t.db, id)).map((h) => h.action)).toContain("merge");
    expect((await listAgreementHistory(t.db, ids.x1)).map((h) => h.action)).not.toContain("merge");
  });

  it("is refused, changing nothing: for staff, with itself, on a stale version, across two credit codes", async () => {
    const before = await figures();
    const audit = await t.db.$count(auditLog);
    signIn(fx.users.staff);
    await expect(merge()).rejects.toThrow("FORBIDDEN");
    signIn(fx.users.admin);
    expect(await mergeOrganizationsAction({ survivorId: dup.id, survivorVersion: 1, absorbedId: dup.id, absorbedVersion: 1 })).toMatchObject({ ok: false, fieldErrors: { absorbedId: ["sameOrganization"] } });
    await t.db.update(organizations).set({ version: 2, updatedBy: fx.users.staff.id }).where(eq(organizations.id, dup.id));
    expect(await merge()).toMatchObject({ ok: false, code: "conflict", details: { by: "李专员", version: "2" } });
    await t.db.update(organizations).set({ creditCode: "91500000MA5U7AB12X" }).where(eq(organizations.id, dup.id));
    await t.db.update(organizations).set({ creditCode: "12500000450400428P" }).where(eq(organizations.id, fx.org.cqu.id));
    expect(await mergeOrganizationsAction({ survivorId: fx.org.cqu.id, survivorVersion: 1, absorbedId: dup.id, absorbedVersion: 2 })).toMatchObject({ ok: false, message: "creditCodesDiffer" });
    expect(await figures()).toEqual(before);
    expect(await t.db.$count(auditLog)).toBe(audit);
    expect(await getOrganization(t.db, dup.id)).not.toBeNull();
  });
});
