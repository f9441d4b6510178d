/**
 * What the forms refuse, the database refuses too (CHECK constraints), so every
 * amount it can hold is one formatAmount can show: no page breaks on a row
 * written by an import, a script or plain SQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { agreementParties, agreements, progressUpdates } from "@/db/schema";
import { formatAmount, formatAmountExact, type MoneyLocale } from "@/lib/money";
import { baseFixtures, insertAgreementRows, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
});

/** The constraint a refused write names, whichever driver (and wrapper) reports it. */
async function refusedBy(write: Promise<unknown>): Promise<string> {
  try {
    await write;
  } catch (err) {
    for (let e = err as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
      if (e.code === "23514") return String(e.constraint ?? e.constraint_name ?? "");
    }
    throw err;
  }
  throw new Error("the write was accepted");
}

const oneAgreement = async () =>
  (await insertAgreementRows(t.db, [{ reference: "CQ-2025-0001", titleZh: "合作协议", categoryId: fx.cat.fin.id, status: "signed", signedOn: "2025-07-10", signedValue: "1.00", partyIds: [fx.org.cqu.id, fx.org.msxj.id] }]))[0];

describe("CHECK constraints", () => {
  it("refuse a negative signed value, a term ending before it starts, and a party position below 1", async () => {
    const a = await oneAgreement();
    expect(await refusedBy(t.db.update(agreements).set({ signedValue: "-0.01" }).where(eq(agreements.id, a.id)))).toMatch(/agreements_signed_value_not_negative/);
    expect(await refusedBy(t.db.update(agreements).set({ termStart: "2025-07-10", termEnd: "2025-07-09" }).where(eq(agreements.id, a.id)))).toMatch(/agreements_term_in_order/);
    expect(await refusedBy(t.db.update(agreementParties).set({ position: 0 }).where(eq(agreementParties.organizationId, fx.org.cqu.id)))).toMatch(/agreement_parties_position_positive/);
    expect(await refusedBy(t.db.insert(progressUpdates).values({ agreementId: a.id, occurredOn: "2025-08-01", note: "退款", deliveredValue: "-5.00" }))).toMatch(/progress_updates_delivered_not_negative/);
  });

  it("allow what the forms allow: a one-day term, no term, no amount, zero", async () => {
    const a = await oneAgreement();
    await t.db.update(agreements).set({ termStart: "2025-07-10", termEnd: "2025-07-10", signedValue: "0.00" }).where(eq(agreements.id, a.id));
    await t.db.update(agreements).set({ termStart: null, termEnd: "2025-07-10", signedValue: null }).where(eq(agreements.id, a.id));
    expect((await t.db.select().from(agreements)).length).toBe(1);
  });
});

describe("formatAmount on every amount the database can hold", () => {
  it("formats the smallest, largest and summed amounts in every locale without throwing", async () => {
    const edges = ["0.00", "0.01", "9999.99", "10000.00", "99999999.99", "325600000000.00", "99999999999999.99"];
    await insertAgreementRows(
      t.db,
      edges.map((v, i) => ({ reference: `CQ-2025-${String(i + 1).padStart(4, "0")}`, titleZh: `协议${i}`, categoryId: fx.cat.fin.id, status: "signed", signedOn: "2025-07-10", signedValue: v, partyIds: [] })),
    );
    const stored = await queryRows<{ v: string }>(t.db, sql`select signed_value::text as v from agreements union all select sum(signed_value)::text from agreements`);
    expect(stored).toHaveLength(edges.length + 1);
    for (const locale of ["zh-CN", "zh-TW", "en"] as MoneyLocale[]) {
      for (const { v } of stored) {
        expect(formatAmount(v, locale)).toMatch(/\d/);
        expect(formatAmountExact(v, locale)).toMatch(/\d\.\d\d/);
      }
    }
    expect(formatAmount("99999999999999.99", "zh-CN")).toBe("100万亿元");
    expect(formatAmount("99999999999999.99", "en")).toBe("CNY 100 tn");
  });
});
