/**
 * Correcting and withdrawing progress entries through the real server actions:
 * every figure that shows delivered value follows exactly, the history keeps
 * what was there before, stale corrections are conflicts, and delivering more
 * than was signed needs an explicit confirmation.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { addProgressAction, correctProgressAction, createAgreementAction, withdrawProgressAction } from "@/app/(app)/agreements/actions";
import { getAgreement, listAgreementHistory, listProgressUpdates } from "@/db/queries/agreement-detail";
import { listAgreements } from "@/db/queries/agreements";
import { getEventTotals } from "@/db/queries/events";
import { getOrganizationTotals } from "@/db/queries/organizations";
import { countOverDelivered, getTotals, rollupByCategory, rollupByMonth, topParties } from "@/db/queries/rollups";
import { progressUpdates } from "@/db/schema";
import type { AgreementFormInput } from "@/lib/validation/agreement";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { agreementInput, auditFor, baseFixtures, counts, signIn, state, uuid, type Fx } from "./fixtures";
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

async function createAgreement(over: Partial<AgreementFormInput> = {}): Promise<number> {
  const result = await createAgreementAction({ agreement: agreementInput(fx, over), submissionKey: uuid() });
  if (!result.ok) throw new Error(`fixture create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

async function addProgress(agreementId: number, deliveredValue: string, extra: { confirmOverDelivery?: boolean; note?: string } = {}) {
  const result = await addProgressAction({ submissionKey: uuid(), agreementId, occurredOn: "2024-10-15", note: extra.note ?? "资金到位", deliveredValue, ...extra });
  if (!result.ok) throw new Error(`fixture progress failed: ${JSON.stringify(result)}`);
  return result.data.id;
}

/** Every figure that shows delivered value, for the agreement's category, month, party and event. */
async function deliveredEverywhere(id: number) {
  const agreement = await getAgreement(t.db, id);
  const list = await listAgreements(t.db, agreementFiltersSchema.parse({}));
  return {
    detail: agreement?.deliveredValue,
    listRow: list.items.find((i) => i.id === id)?.deliveredValue,
    listTotal: list.deliveredValue,
    totals: (await getTotals(t.db)).deliveredValue,
    category: (await rollupByCategory(t.db)).find((c) => c.key === "financial_services")?.deliveredValue,
    month: (await rollupByMonth(t.db)).find((m) => m.key === "2024-08")?.deliveredValue,
    party: (await topParties(t.db)).find((p) => p.key === String(fx.org.msxj.id))?.deliveredValue,
    organization: (await getOrganizationTotals(t.db, fx.org.msxj.id)).deliveredValue,
    event: (await getEventTotals(t.db, fx.expo.id)).deliveredValue,
  };
}

const everywhere = (value: string) => ({
  detail: value, listRow: value, listTotal: value, totals: value, category: value, month: value, party: value, organization: value, event: value,
});

describe("correcting a progress entry", () => {
  it("5亿 mistyped on a 3800万 agreement, corrected to 500万: every figure moves by exactly the difference, and the history keeps both", async () => {
    const id = await createAgreement({ signedValue: "3800万" });
    await addProgress(id, "1000万");
    const wrong = await addProgress(id, "5亿", { confirmOverDelivery: true, note: "第二批资金到位" });
    expect(await deliveredEverywhere(id)).toEqual(everywhere("510000000.00"));

    signIn(fx.users.admin);
    const result = await correctProgressAction({ id: wrong, version: 1, occurredOn: "2024-10-15", note: "第二批资金到位", deliveredValue: "500万", reason: "金额单位录错" });
    expect(result).toEqual({ ok: true, data: { id: wrong, agreementId: id, version: 2 } });
    expect(await deliveredEverywhere(id)).toEqual(everywhere("15000000.00"));

    const [row] = await t.db.select().from(progressUpdates).where(eq(progressUpdates.id, wrong));
    expect(row).toMatchObject({ deliveredValue: "5000000.00", version: 2, updatedBy: fx.users.admin.id, changeReason: "金额单位录错", withdrawnAt: null, authorId: fx.users.staff.id });
    const audit = await auditFor(t.db, id);
    expect(audit.map((a) => a.action)).toEqual(["create", "progress", "progress", "progress_correct"]);
    expect(audit[3]).toMatchObject({
      actorId: fx.users.admin.id,
      before: { progressId: wrong, occurredOn: "2024-10-15", note: "第二批资金到位", deliveredValue: "500000000.00" },
      after: { progressId: wrong, occurredOn: "2024-10-15", note: "第二批资金到位", deliveredValue: "5000000.00", reason: "金额单位录错" },
    });
    expect((await listAgreementHistory(t.db, id))[0]).toMatchObject({ action: "progress_correct", actorName: "王管理" });
  });

  it("a second correction based on the first version is a conflict naming who corrected it and when; nothing changes", async () => {
    const id = await createAgreement();
    const entry = await addProgress(id, "1000万");
    expect((await correctProgressAction({ id: entry, version: 1, occurredOn: "2024-10-16", note: "资金到位", deliveredValue: "1200万", reason: "以到账日为准" })).ok).toBe(true);
    const before = await counts(t.db);

    signIn(fx.users.admin);
    const stale = await correctProgressAction({ id: entry, version: 1, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "900万", reason: "另一处更正" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", details: { by: "李专员", version: "2", at: expect.any(String) } });
    expect(await counts(t.db)).toEqual(before);
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("12000000.00");

    // Knowingly saving over it, at the version the conflict named, goes through.
    expect((await correctProgressAction({ id: entry, version: 2, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "900万", reason: "另一处更正" })).ok).toBe(true);
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("9000000.00");
  });

  it("a refund is a correction down to zero; a negative amount is refused next to the field", async () => {
    const id = await createAgreement();
    const entry = await addProgress(id, "1000万");
    const negative = await correctProgressAction({ id: entry, version: 1, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "-1000万", reason: "退款" });
    expect(negative).toMatchObject({ ok: false, code: "invalid", fieldErrors: { deliveredValue: ["amount.negative"] } });
    expect((await correctProgressAction({ id: entry, version: 1, occurredOn: "2024-10-15", note: "资金已全额退回", deliveredValue: "0", reason: "项目取消，款项退回" })).ok).toBe(true);
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("0.00");
  });

  it("needs a reason, a change, a date not before signing, and a writer", async () => {
    const id = await createAgreement();
    const entry = await addProgress(id, "1000万");
    const base = { id: entry, version: 1, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "1000万", reason: "复核" };
    expect(await correctProgressAction({ ...base, deliveredValue: "900万", reason: "  " })).toMatchObject({ ok: false, fieldErrors: { reason: ["reasonRequired"] } });
    expect(await correctProgressAction(base)).toMatchObject({ ok: false, code: "invalid", message: "correctionUnchanged" });
    expect(await correctProgressAction({ ...base, occurredOn: "2024-08-01" })).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["progressBeforeSigning"] } });
    const before = await counts(t.db);
    signIn(fx.users.executive);
    await expect(correctProgressAction({ ...base, deliveredValue: "1万" })).rejects.toThrow("FORBIDDEN");
    await expect(withdrawProgressAction({ id: entry, version: 1, reason: "越权" })).rejects.toThrow("FORBIDDEN");
    expect(await counts(t.db)).toEqual(before);
  });

  it("an entry that does not exist, or on a deleted agreement, is notFound", async () => {
    expect(await correctProgressAction({ id: 999, version: 1, occurredOn: "2024-10-15", note: "x", deliveredValue: "", reason: "x" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await withdrawProgressAction({ id: 999, version: 1, reason: "x" })).toMatchObject({ ok: false, code: "notFound" });
  });
});

describe("withdrawing a progress entry", () => {
  it("takes exactly its amount out of every figure, keeps it on the page and in the history, and cannot be corrected afterwards", async () => {
    const id = await createAgreement();
    await addProgress(id, "1000万");
    const entry = await addProgress(id, "2345.67");
    expect(await deliveredEverywhere(id)).toEqual(everywhere("10002345.67"));

    const result = await withdrawProgressAction({ id: entry, version: 1, reason: "重复录入" });
    expect(result).toEqual({ ok: true, data: { id: entry, agreementId: id, version: 2 } });
    expect(await deliveredEverywhere(id)).toEqual(everywhere("10000000.00"));

    const listed = await listProgressUpdates(t.db, id);
    expect(listed).toHaveLength(2);
    expect(listed.find((p) => p.id === entry)).toMatchObject({ withdrawnAt: expect.any(Date), changeReason: "重复录入", editorName: "李专员", deliveredValue: "2345.67" });
    const audit = await auditFor(t.db, id);
    expect(audit.at(-1)).toMatchObject({
      action: "progress_withdraw",
      before: { progressId: entry, deliveredValue: "2345.67" },
      after: { progressId: entry, withdrawn: true, reason: "重复录入" },
    });

    const again = await correctProgressAction({ id: entry, version: 2, occurredOn: "2024-10-15", note: "资金到位", deliveredValue: "1", reason: "x" });
    expect(again).toMatchObject({ ok: false, code: "invalid", message: "progressWithdrawn" });
    expect(await withdrawProgressAction({ id: entry, version: 2, reason: "x" })).toMatchObject({ ok: false, message: "progressWithdrawn" });
  });
});

describe("delivering beyond the signed value", () => {
  it("is refused without the confirmation, naming the amount field; with it the entry is stored and the agreement counts as over-delivered", async () => {
    const id = await createAgreement({ signedValue: "3800万" });
    await addProgress(id, "3000万");
    const before = await counts(t.db);
    const refused = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "追加", deliveredValue: "800.01万" });
    expect(refused).toMatchObject({ ok: false, code: "invalid", message: "overDelivery", fieldErrors: { deliveredValue: ["overDeliveryUnconfirmed"] } });
    expect(await counts(t.db)).toEqual(before);
    // Up to the signed value exactly needs no confirmation.
    const exact = await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "追加", deliveredValue: "800万" });
    expect(exact.ok).toBe(true);
    expect(await listAgreements(t.db, agreementFiltersSchema.parse({ overDelivered: "1" }))).toMatchObject({ total: 0 });

    await addProgress(id, "0.01", { confirmOverDelivery: true });
    const over = await listAgreements(t.db, agreementFiltersSchema.parse({ overDelivered: "1" }));
    expect(over.items.map((i) => i.id)).toEqual([id]);
    // The dashboard's figure counts exactly what its drill-down lists, under the same filters.
    expect(await countOverDelivered(t.db)).toBe(1);
    expect(await countOverDelivered(t.db, { category: ["technology_innovation"] })).toBe(0);
    expect(await countOverDelivered(t.db, { status: ["draft"] })).toBe(0);
  });

  it("a correction raising delivered beyond signed needs the confirmation; one lowering it does not", async () => {
    const id = await createAgreement({ signedValue: "3800万" });
    const entry = await addProgress(id, "3000万");
    const base = { id: entry, version: 1, occurredOn: "2024-10-15", note: "资金到位", reason: "复核" };
    expect(await correctProgressAction({ ...base, deliveredValue: "4000万" })).toMatchObject({ ok: false, fieldErrors: { deliveredValue: ["overDeliveryUnconfirmed"] } });
    expect((await correctProgressAction({ ...base, deliveredValue: "4000万", confirmOverDelivery: true })).ok).toBe(true);
    expect((await correctProgressAction({ ...base, version: 2, deliveredValue: "3900万" })).ok).toBe(true);
    expect((await getAgreement(t.db, id))?.deliveredValue).toBe("39000000.00");
  });

  it("agreements without a signed value are never over-delivered", async () => {
    const id = await createAgreement({ signedValue: "" });
    expect((await addProgressAction({ submissionKey: uuid(), agreementId: id, occurredOn: "2024-10-15", note: "联合培养 30 人", deliveredValue: "50万" })).ok).toBe(true);
    expect((await listAgreements(t.db, agreementFiltersSchema.parse({ overDelivered: "1" }))).total).toBe(0);
  });

  it("a withdrawn entry no longer makes an agreement over-delivered", async () => {
    const id = await createAgreement({ signedValue: "100万" });
    const entry = await addProgress(id, "200万", { confirmOverDelivery: true });
    expect((await listAgreements(t.db, agreementFiltersSchema.parse({ overDelivered: "1" }))).total).toBe(1);
    await withdrawProgressAction({ id: entry, version: 1, reason: "录错协议" });
    expect((await listAgreements(t.db, agreementFiltersSchema.parse({ overDelivered: "1" }))).total).toBe(0);
  });
});
