/**
 * rollupByCategory / ByPartyType / ByEvent / ByMonth / ByStatus and topParties on the
 * hand-built fixture set (tests/rollup-fixtures.ts). Expected rows are grouped and
 * summed in JS with BigInt fen from the fixture objects, never by running the query.
 */
import { describe, expect, it } from "vitest";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { type RollupItem } from "@/lib/domain/rollups";
import {
  FILTER_CASES,
  expectedByCategory,
  expectedByEvent,
  expectedByMonth,
  expectedByPartyType,
  expectedByStatus,
  expectedTopParties,
  matching,
  setupRollupWorld,
} from "./rollup-fixtures";

const ctx = setupRollupWorld();

const fen = (s: string) => BigInt(s.replace(".", ""));
const sumCount = (items: RollupItem[]) => items.reduce((s, i) => s + i.count, 0);
const sumSigned = (items: RollupItem[]) => items.reduce((s, i) => s + fen(i.signedValue), 0n);
const byKey = (items: RollupItem[]) => [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
/** Rows ordered by signed value, largest first. */
function expectValueDescending(items: RollupItem[]) {
  for (let i = 1; i < items.length; i++) expect(fen(items[i - 1].signedValue) >= fen(items[i].signedValue)).toBe(true);
}

describe("rollupByCategory", () => {
  it("has every active category (empty ones too), never the retired one without rows, and adds up to the total", async () => {
    const got = await rollupByCategory(ctx.t.db);
    expect(got).toEqual(expectedByCategory(ctx.w, {}));
    expect(got.map((i) => i.key)).toEqual(["financial_services", "technology_innovation", "talent_cultivation"]);
    const totals = await getTotals(ctx.t.db);
    expect(sumCount(got)).toBe(totals.count);
    expect(sumSigned(got)).toBe(fen(totals.signedValue));
  });

  it("under a category filter only the filtered categories are rows (their links then list exactly them)", async () => {
    const got = await rollupByCategory(ctx.t.db, { category: ["talent_cultivation"] });
    expect(got.map((i) => [i.key, i.count, i.signedValue])).toEqual([["talent_cultivation", 3, "1205000.51"]]);
  });

  it("a retired category appears when it holds rows in scope (drafts asked for)", async () => {
    const got = await rollupByCategory(ctx.t.db, { status: ["draft"] });
    expect(got).toEqual(expectedByCategory(ctx.w, { status: ["draft"] }));
    expect(got.find((i) => i.key === "legacy_misc")).toMatchObject({ count: 1, signedValue: "1000.00", intendedValue: "1000.00" });
  });

  it.each(FILTER_CASES)("under %s: rows equal the JS grouping and add up to the total", async (_n, make) => {
    const f = make(ctx.w);
    const got = await rollupByCategory(ctx.t.db, f);
    expect(got).toEqual(expectedByCategory(ctx.w, f));
    expect(sumCount(got)).toBe(matching(ctx.w, f).length);
  });
});

describe("rollupByPartyType", () => {
  it("counts an agreement once per party type, even with two banks among its parties", async () => {
    const got = await rollupByPartyType(ctx.t.db);
    expect(got).toEqual(expectedByPartyType(ctx.w, {}));
    const bank = got.find((i) => i.key === "bank")!;
    // RU-2024-001, -002 (two banks), -005, RU-2025-001, -003, -004 (two banks): six agreements, eight bank parties.
    expect(bank.count).toBe(6);
    expect(bank.signedValue).toBe("102516200000.51");
    expect(got.some((i) => i.key === "insurer")).toBe(false);
    // Several types per agreement: the rows add up to more than the total.
    expect(sumCount(got)).toBeGreaterThan(matching(ctx.w, {}).length);
  });

  it.each(FILTER_CASES)("under %s", async (_n, make) => {
    const f = make(ctx.w);
    expect(await rollupByPartyType(ctx.t.db, f)).toEqual(expectedByPartyType(ctx.w, f));
  });
});

describe("rollupByEvent", () => {
  it('groups agreements without an event under "none", largest value first', async () => {
    const got = await rollupByEvent(ctx.t.db);
    expect(byKey(got)).toEqual(expectedByEvent(ctx.w, {}));
    expectValueDescending(got);
    expect(got.find((i) => i.key === "none")).toMatchObject({ count: 6 });
    expect(got.find((i) => i.key === "none")!.label).toBeUndefined();
    expect(got.find((i) => i.key === String(ctx.w.events.expo24.id))).toMatchObject({
      count: 3,
      signedValue: "100350000000.00",
      label: { zh: "2024中国国际智能产业博览会", en: "Smart China Expo 2024" },
    });
    expect(sumCount(got)).toBe(matching(ctx.w, {}).length);
  });

  it.each(FILTER_CASES)("under %s", async (_n, make) => {
    const f = make(ctx.w);
    const got = await rollupByEvent(ctx.t.db, f);
    expect(byKey(got)).toEqual(expectedByEvent(ctx.w, f));
    expectValueDescending(got);
  });
});

describe("rollupByMonth", () => {
  it('keys "YYYY-MM" in order across two years; agreements without a signing date are in no month', async () => {
    const got = await rollupByMonth(ctx.t.db);
    expect(got).toEqual(expectedByMonth(ctx.w, {}));
    expect(got.map((i) => i.key)).toEqual(["2024-02", "2024-08", "2024-11", "2024-12", "2025-01", "2025-03", "2025-04", "2025-05"]);
    expect(got.find((i) => i.key === "2024-08")).toMatchObject({ count: 3, signedValue: "100350000000.00", deliveredValue: "100001000000.00" });
    expect(sumCount(got)).toBe(matching(ctx.w, {}).filter((a) => a.signedOn !== null).length);
  });

  it.each(FILTER_CASES)("under %s", async (_n, make) => {
    const f = make(ctx.w);
    expect(await rollupByMonth(ctx.t.db, f)).toEqual(expectedByMonth(ctx.w, f));
  });
});

describe("rollupByStatus", () => {
  it("one row per signed status by default (no draft row), in status order", async () => {
    const got = await rollupByStatus(ctx.t.db);
    expect(got).toEqual(expectedByStatus(ctx.w, {}));
    expect(got.map((i) => [i.key, i.count])).toEqual([
      ["signed", 6],
      ["in_execution", 3],
      ["completed", 2],
      ["terminated", 1],
    ]);
  });

  it.each(FILTER_CASES)("under %s", async (_n, make) => {
    const f = make(ctx.w);
    expect(await rollupByStatus(ctx.t.db, f)).toEqual(expectedByStatus(ctx.w, f));
  });
});

describe("topParties", () => {
  it("orders by signed value, then agreement count, then id; labelled with the party's names", async () => {
    const got = await topParties(ctx.t.db);
    expect(got).toEqual(expectedTopParties(ctx.w, {}));
    expect(got).toHaveLength(6);
    expectValueDescending(got);
    const iflytek = got.find((i) => i.key === String(ctx.w.orgs.iflytek.id))!;
    expect(iflytek).toMatchObject({ count: 4, signedValue: "100429999999.99", label: { zh: "科大讯飞股份有限公司", en: "iFLYTEK" } });
  });

  it("honours the limit", async () => {
    const got = await topParties(ctx.t.db, {}, 3);
    expect(got).toEqual(expectedTopParties(ctx.w, {}, 3));
    expect(got).toHaveLength(3);
    expect(await topParties(ctx.t.db, {}, 1)).toEqual(expectedTopParties(ctx.w, {}, 1));
  });

  it.each(FILTER_CASES)("under %s", async (_n, make) => {
    const f = make(ctx.w);
    expect(await topParties(ctx.t.db, f, 4)).toEqual(expectedTopParties(ctx.w, f, 4));
  });
});
