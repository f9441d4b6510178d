/**
 * listAgreements as the agreements page calls it (filters parsed from URL-style
 * strings by agreementFiltersSchema): search by title and by party name / short
 * name, combined filters, and page totals. Every expectation is derived in the
 * test from the fixture rows below, never by running the same query.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { listAgreements } from "@/db/queries/agreements";
import type { AgreementStatus } from "@/lib/domain/enums";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { baseFixtures, insertAgreementRows, sumYuan, type AgreementFixture, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
let rows: (AgreementFixture & { categoryKey: string })[];

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

type Row = [reference: string, titleZh: string, cat: "fin" | "tech" | "talent", status: AgreementStatus, signedOn: string | null, value: string | null, parties: (keyof Fx["org"])[], deleted?: boolean];

// 13 live agreements (one of them a draft) and one soft-deleted that would match almost every filter.
const ROWS: Row[] = [
  ["CQ-2024-0001", "消费金融数字化转型联合实验室合作协议", "fin", "signed", "2024-03-15", "350000000.00", ["msxj", "cqu"]],
  ["CQ-2024-0002", "普惠金融综合服务战略合作协议", "fin", "in_execution", "2024-05-20", "2000000000.00", ["cqrcb", "bigdata"]],
  ["CQ-2024-0003", "人工智能联合实验室共建协议", "tech", "signed", "2024-06-01", "80000000.00", ["iflytek", "cqu"]],
  ["CQ-2024-0004", "智能风控模型联合研发协议", "tech", "completed", "2024-07-08", "120000000.00", ["msxj", "iflytek"]],
  ["CQ-2024-0005", "金融科技人才联合培养协议", "talent", "signed", "2024-08-22", "5000000.00", ["cqu", "cqrcb"]],
  ["CQ-2024-0006", "大数据征信平台建设合作协议", "tech", "in_execution", "2024-08-22", "260000000.00", ["bigdata", "msxj"]],
  ["CQ-2024-0007", "消费者权益保护合作备忘录", "fin", "signed", "2024-09-10", null, ["msxj", "bigdata"]],
  ["CQ-2024-0008", "绿色信贷专项合作协议", "fin", "terminated", "2024-10-01", "500000000.00", ["cqrcb", "bigdata"]],
  ["CQ-2024-0009", "数字人民币场景试点协议", "fin", "signed", "2024-11-11", "150000000.00", ["cqrcb", "iflytek"]],
  ["CQ-2025-0001", "研究生联合培养基地协议", "talent", "signed", "2025-01-15", "3000000.00", ["cqu", "msxj"]],
  ["CQ-2025-0002", "大模型客服联合实验室协议", "tech", "signed", "2025-03-03", "95000000.50", ["iflytek", "msxj"]],
  ["CQ-2025-0003", "金融数据要素流通意向书", "fin", "draft", null, "10000000.00", ["bigdata"]],
  ["CQ-2025-0004", "产教融合实训基地合作协议", "talent", "completed", "2025-04-18", "12345678.90", ["cqu", "iflytek"]],
  ["CQ-2024-0010", "马上消金联合实验室协议（已作废）", "fin", "signed", "2024-06-30", "999999999.99", ["msxj", "cqu"], true],
];

beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  rows = ROWS.map(([reference, titleZh, cat, status, signedOn, signedValue, parties, deleted]) => ({
    reference,
    titleZh,
    categoryId: fx.cat[cat].id,
    categoryKey: fx.cat[cat].key,
    status,
    signedOn,
    signedValue,
    partyIds: parties.map((p) => fx.org[p].id),
    deleted,
  }));
  await insertAgreementRows(t.db, rows);
});

/** Runs the list as the page would, with every matching row on one page. */
async function search(params: Record<string, string>) {
  const page = await listAgreements(t.db, agreementFiltersSchema.parse({ pageSize: "100", ...params }));
  return { references: page.items.map((i) => i.reference).sort(), total: page.total, signedValue: page.signedValue };
}

/** What the list must answer for the live fixture rows satisfying `pred`. */
function expected(pred: (r: (typeof rows)[number]) => boolean) {
  const hits = rows.filter((r) => !r.deleted && pred(r));
  return { references: hits.map((r) => r.reference).sort(), total: hits.length, signedValue: sumYuan(hits.map((r) => r.signedValue)) };
}

const orgNames = (id: number) => Object.values(fx.org).filter((o) => o.id === id).flatMap((o) => [o.nameZh, o.nameEn, o.shortName].filter((n): n is string => !!n));
const matchesQ = (q: string) => (r: (typeof rows)[number]) => r.reference.includes(q) || r.titleZh.includes(q) || r.partyIds.some((id) => orgNames(id).some((n) => n.includes(q)));
const fen = (s: string) => BigInt(s.replace(".", ""));
const inRange = (v: string | null, min: string, max: string) => v !== null && fen(v) >= fen(min) && fen(v) <= fen(max);

describe("listAgreements: search", () => {
  it("q '消金' finds agreements whose party's short name is 马上消金 (the full name 马上消费金融股份有限公司 does not contain it)", async () => {
    expect(fx.org.msxj.nameZh.includes("消金")).toBe(false);
    const want = expected(matchesQ("消金"));
    expect(want.references).toEqual(["CQ-2024-0001", "CQ-2024-0004", "CQ-2024-0006", "CQ-2024-0007", "CQ-2025-0001", "CQ-2025-0002"]);
    expect(await search({ q: "消金" })).toEqual(want);
  });

  it("q '马上消费金融' finds the same agreements through the full party name", async () => {
    expect(await search({ q: "马上消费金融" })).toEqual(expected(matchesQ("消金")));
  });

  it("q = a Chinese substring of titles ('联合实验室') finds those agreements, the deleted one excluded", async () => {
    const want = expected(matchesQ("联合实验室"));
    expect(want.references).toEqual(["CQ-2024-0001", "CQ-2024-0003", "CQ-2025-0002"]);
    expect(await search({ q: "联合实验室" })).toEqual(want);
  });

  it("q matches a reference fragment and treats % and _ literally", async () => {
    expect(await search({ q: "2025-000" })).toEqual(expected((r) => r.reference.includes("2025-000")));
    expect(await search({ q: "%" })).toEqual(expected(() => false));
    expect(await search({ q: "_" })).toEqual(expected(() => false));
  });
});

describe("listAgreements: filters combine", () => {
  it("category + status", async () => {
    const want = expected((r) => r.categoryKey === "financial_services" && ["signed", "in_execution"].includes(r.status));
    expect(want.references).toEqual(["CQ-2024-0001", "CQ-2024-0002", "CQ-2024-0007", "CQ-2024-0009"]);
    expect(await search({ category: "financial_services", status: "signed,in_execution" })).toEqual(want);
  });

  it("party + signing-date range (from/to inclusive)", async () => {
    const want = expected((r) => r.partyIds.includes(fx.org.msxj.id) && r.signedOn !== null && r.signedOn >= "2024-06-01" && r.signedOn <= "2024-09-10");
    expect(want.references).toEqual(["CQ-2024-0004", "CQ-2024-0006", "CQ-2024-0007"]);
    expect(await search({ party: String(fx.org.msxj.id), from: "2024-06-01", to: "2024-09-10" })).toEqual(want);
  });

  it("minValue/maxValue typed as staff type them ('1亿'..'5亿', inclusive; no value never matches)", async () => {
    const want = expected((r) => inRange(r.signedValue, "100000000.00", "500000000.00"));
    expect(want.references).toEqual(["CQ-2024-0001", "CQ-2024-0004", "CQ-2024-0006", "CQ-2024-0008", "CQ-2024-0009"]);
    expect(await search({ minValue: "1亿", maxValue: "5亿" })).toEqual(want);
  });

  it("partyType + status", async () => {
    const ai = new Set([fx.org.iflytek.id]);
    const want = expected((r) => r.partyIds.some((id) => ai.has(id)) && r.status === "completed");
    expect(want.references).toEqual(["CQ-2024-0004", "CQ-2025-0004"]);
    expect(await search({ partyType: "ai_tech", status: "completed" })).toEqual(want);
  });

  it("all of them at once, with q", async () => {
    const want = expected(
      (r) =>
        ["financial_services", "technology_innovation"].includes(r.categoryKey) &&
        ["signed", "in_execution", "completed"].includes(r.status) &&
        r.partyIds.includes(fx.org.msxj.id) &&
        r.signedOn !== null &&
        r.signedOn >= "2024-01-01" &&
        r.signedOn <= "2024-12-31" &&
        inRange(r.signedValue, "100000000.00", "3000000000.00") &&
        matchesQ("协议")(r),
    );
    expect(want.references).toEqual(["CQ-2024-0001", "CQ-2024-0004", "CQ-2024-0006"]);
    expect(
      await search({
        q: "协议",
        category: "financial_services,technology_innovation",
        status: "signed,in_execution,completed",
        party: String(fx.org.msxj.id),
        from: "2024-01-01",
        to: "2024-12-31",
        minValue: "1亿",
        maxValue: "30亿",
      }),
    ).toEqual(want);
  });

  it("deleted '1' lists only the soft-deleted agreement", async () => {
    expect(await search({ deleted: "1" })).toEqual({ references: ["CQ-2024-0010"], total: 1, signedValue: "999999999.99" });
  });
});

describe("listAgreements: pages", () => {
  it("pageSize 10 over 13 rows: 10 + 3 items in date order, total and signedValue cover all pages on both", async () => {
    const live = rows.filter((r) => !r.deleted);
    expect(live).toHaveLength(13);
    // date_desc: signed_on desc nulls last, then reference desc.
    const order = [...live]
      .sort((a, b) => (a.signedOn === b.signedOn ? 0 : a.signedOn === null ? 1 : b.signedOn === null ? -1 : a.signedOn < b.signedOn ? 1 : -1) || (a.reference < b.reference ? 1 : -1))
      .map((r) => r.reference);
    const all = sumYuan(live.map((r) => r.signedValue));
    expect(all).toBe("3585345679.40");

    const p1 = await listAgreements(t.db, agreementFiltersSchema.parse({ pageSize: "10" }));
    const p2 = await listAgreements(t.db, agreementFiltersSchema.parse({ pageSize: "10", page: "2" }));
    expect(p1.items.map((i) => i.reference)).toEqual(order.slice(0, 10));
    expect(p2.items.map((i) => i.reference)).toEqual(order.slice(10));
    for (const p of [p1, p2]) {
      expect(p.total).toBe(13);
      expect(p.signedValue).toBe(all);
      expect(p.pageSize).toBe(10);
    }
  });

  it("a filtered second page still totals the whole filtered set", async () => {
    const want = expected((r) => r.status !== "draft");
    expect(want.total).toBe(12);
    const filters = { status: "signed,in_execution,completed,terminated", pageSize: "10", sort: "value_desc" };
    const p1 = await listAgreements(t.db, agreementFiltersSchema.parse(filters));
    const p2 = await listAgreements(t.db, agreementFiltersSchema.parse({ ...filters, page: "2" }));
    expect([p1.items.length, p2.items.length]).toEqual([10, 2]);
    expect([...p1.items, ...p2.items].map((i) => i.reference).sort()).toEqual(want.references);
    // value_desc puts the one agreement without a value last.
    expect(p2.items.at(-1)?.reference).toBe("CQ-2024-0007");
    for (const p of [p1, p2]) expect({ total: p.total, signedValue: p.signedValue }).toEqual({ total: want.total, signedValue: want.signedValue });
  });
});
