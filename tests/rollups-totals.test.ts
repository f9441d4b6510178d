/**
 * The dashboard's headline figures on the hand-built fixture set (tests/rollup-fixtures.ts):
 *
 * - getTotals: exact BigInt-fen expectations computed in JS from the fixture objects,
 *   unfiltered and under every filter combination; drafts and soft-deleted agreements
 *   excluded by default.
 * - getExpiringTerms with a fixed today (TODAY = 2025-06-15, window end 2025-09-13):
 *   soon = term end in [today, today + 90] and status signed / in_execution;
 *   overdue = term end before today and status neither draft, completed nor terminated.
 *   Expected lists are selected and ordered in JS from the fixture objects.
 */
import { describe, expect, it } from "vitest";
import { listAgreements } from "@/db/queries/agreements";
import { getExpiringTerms } from "@/db/queries/expiring";
import { expiringHrefs } from "@/lib/dashboard/drilldown";
import { parseAgreementFilters } from "@/lib/validation/agreement-filters";
import { getTotals } from "@/db/queries/rollups";
import { type RollupFilters } from "@/lib/domain/rollups";
import { FILTER_CASES, TODAY, addDays, expectedExpiring, expectedTotals, matching, setupRollupWorld, type World } from "./rollup-fixtures";

const ctx = setupRollupWorld();

/** The Totals fields (getTotals also leaks its internal `key: "total"`, which no caller reads). */
async function totals(f: RollupFilters = {}) {
  const { count, signedValue, bindingValue, intendedValue, deliveredValue, parties, events } = await getTotals(ctx.t.db, f);
  return { count, signedValue, bindingValue, intendedValue, deliveredValue, parties, events };
}

describe("getTotals: unfiltered", () => {
  it("covers the 12 live signed-or-later agreements with exact sums, parties and events", async () => {
    const got = await totals();
    expect(got).toEqual(expectedTotals(ctx.w, {}));
    // Written out once, so a mistake shared by the JS expectation and the query would still show.
    expect(got).toEqual({
      count: 12,
      signedValue: "203069661789.62",
      bindingValue: "200218461789.11",
      intendedValue: "2851200000.51",
      deliveredValue: "102501012345.68",
      parties: 6,
      events: 2,
    });
  });

  it("binding + intended = signed value", async () => {
    const got = await totals();
    const fen = (s: string) => BigInt(s.replace(".", ""));
    expect(fen(got.bindingValue) + fen(got.intendedValue)).toBe(fen(got.signedValue));
  });

  it("excludes drafts and soft-deleted agreements (and their parties, events and progress)", async () => {
    const live = ctx.w.agreements.filter((a) => !a.deleted && a.status !== "draft");
    expect(live).toHaveLength(12);
    const got = await totals();
    expect(got.count).toBe(live.length);
    // The insurer appears only on a draft and a deleted agreement.
    const insurer = ctx.w.orgs.ancheng.id;
    expect(live.some((a) => a.partyIds.includes(insurer))).toBe(false);
    expect(got.parties).toBe(Object.keys(ctx.w.orgs).length - 1);
  });
});

describe("getTotals: exact money", () => {
  it("99999999999.99 + 0.01 signed the same day in the same category is exactly 100000000000.00 (the deleted twin is left out)", async () => {
    const f: RollupFilters = { category: ["financial_services"], from: "2024-08-22", to: "2024-08-22" };
    expect(matching(ctx.w, f).map((a) => a.reference)).toEqual(["RU-2024-001", "RU-2024-002"]);
    const got = await totals(f);
    expect(got).toMatchObject({ count: 2, signedValue: "100000000000.00", bindingValue: "100000000000.00", intendedValue: "0.00" });
    expect(got.deliveredValue).toBe("99999999999.99"); // 0.01 + null + 99999999999.98, and 0 for the other
  });

  it("0.01 + 0.01 = 0.02 across value kinds", async () => {
    const got = await totals({ minValue: "0.01", maxValue: "0.01" });
    expect(got).toMatchObject({ count: 2, signedValue: "0.02", bindingValue: "0.01", intendedValue: "0.01" });
  });

  it("two maximal values in different years add up to 199999999999.98 without rounding", async () => {
    const got = await totals({ minValue: "99999999999.99" });
    expect(got).toMatchObject({ count: 2, signedValue: "199999999999.98", bindingValue: "199999999999.98" });
  });

  it("an empty selection answers zeros, not nulls", async () => {
    const got = await totals({ partyType: ["insurer"] });
    expect(got).toEqual({ count: 0, signedValue: "0.00", bindingValue: "0.00", intendedValue: "0.00", deliveredValue: "0.00", parties: 0, events: 0 });
  });

  it("drafts are counted only when asked for with status ['draft']", async () => {
    const got = await totals({ status: ["draft"] });
    expect(got).toEqual({
      count: 2,
      signedValue: "1777.77",
      bindingValue: "777.77",
      intendedValue: "1000.00",
      deliveredValue: "500.00",
      parties: 2,
      events: 1,
    });
  });
});

describe("getTotals under filters", () => {
  it.each(FILTER_CASES)("%s", async (_name, make) => {
    const f = make(ctx.w);
    expect(await totals(f)).toEqual(expectedTotals(ctx.w, f));
  });
});

const refs = (items: { reference: string }[]) => items.map((i) => i.reference);

describe("getExpiringTerms", () => {
  it("today + 90 is 2025-09-13", () => {
    expect(addDays(TODAY, 90)).toBe("2025-09-13");
  });

  it("soon: ends today, within the window, and exactly on today + 90, ordered by term end; not +91, not completed, not drafts or deleted", async () => {
    const got = await getExpiringTerms(ctx.t.db, {}, TODAY);
    expect(got).toEqual(expectedExpiring(ctx.w, {}, TODAY));
    expect(refs(got.soon)).toEqual(["RU-2025-001", "RU-2024-001", "RU-2024-006", "RU-2024-002"]);
    expect(got.soon.map((i) => i.termEnd)).toEqual(["2025-06-15", "2025-07-01", "2025-08-01", "2025-09-13"]);
    expect(got.soonCount).toBe(4);
  });

  it("overdue: ended before today and still signed / in execution; completed and terminated ones are not overdue", async () => {
    const got = await getExpiringTerms(ctx.t.db, {}, TODAY);
    expect(refs(got.overdue)).toEqual(["RU-2025-004", "RU-2024-004"]);
    expect(got.overdue[1]).toEqual({
      id: ctx.w.agreements.find((a) => a.reference === "RU-2024-004")!.id,
      reference: "RU-2024-004",
      titleZh: "智能风控模型联合研发协议",
      titleEn: null,
      termEnd: "2025-06-14",
      status: "signed",
    });
    expect(got.overdueCount).toBe(2);
  });

  it("the limit cuts the lists, not the counts", async () => {
    const got = await getExpiringTerms(ctx.t.db, {}, TODAY, 1);
    expect(got).toEqual(expectedExpiring(ctx.w, {}, TODAY, 1));
    expect(refs(got.soon)).toEqual(["RU-2025-001"]);
    expect(got.soonCount).toBe(4);
    expect(got.overdueCount).toBe(2);
  });

  it("a later today moves agreements from soon to overdue", async () => {
    const today = "2025-07-02";
    const got = await getExpiringTerms(ctx.t.db, {}, today);
    expect(got).toEqual(expectedExpiring(ctx.w, {}, today));
    expect(refs(got.overdue)).toEqual(["RU-2025-004", "RU-2024-004", "RU-2025-001", "RU-2024-001"]);
  });

  const CASES: [string, (w: World) => RollupFilters, string][] = [
    ["category fin", () => ({ category: ["financial_services"] }), TODAY],
    ["event expo24", (w) => ({ event: w.events.expo24.id }), TODAY],
    ["event none", () => ({ event: "none" }), TODAY],
    ["partyType bank", () => ({ partyType: ["bank"] }), TODAY],
    ["party iflytek", (w) => ({ party: w.orgs.iflytek.id }), TODAY],
    ["signed in 2024", () => ({ from: "2024-01-01", to: "2024-12-31" }), TODAY],
    ["status signed only", () => ({ status: ["signed"] }), TODAY],
    ["status completed (never soon or overdue)", () => ({ status: ["completed"] }), TODAY],
    ["status draft asked for", () => ({ status: ["draft"] }), TODAY],
    ["q 合作协议", () => ({ q: "合作协议" }), TODAY],
    ["term ending in the second half of 2025", () => ({ termEndFrom: "2025-07-01", termEndTo: "2025-12-31" }), TODAY],
    ["today 2024-12-01", () => ({}), "2024-12-01"],
    ["today 2025-12-31", () => ({}), "2025-12-31"],
  ];

  it.each(CASES)("under %s", async (_n, make, today) => {
    const f = make(ctx.w);
    expect(await getExpiringTerms(ctx.t.db, f, today)).toEqual(expectedExpiring(ctx.w, f, today));
  });

  it.each(CASES)("under %s, each count links to a list of exactly that many agreements", async (_n, make, today) => {
    const f = make(ctx.w);
    const got = await getExpiringTerms(ctx.t.db, f, today);
    const hrefs = expiringHrefs(f, today);
    for (const [href, count] of [[hrefs.soon, got.soonCount], [hrefs.overdue, got.overdueCount]] as const) {
      if (href === null) {
        expect(count).toBe(0);
        continue;
      }
      const parsed = parseAgreementFilters(new URL(href, "http://accord.test").searchParams);
      expect(parsed.success, href).toBe(true);
      expect((await listAgreements(ctx.t.db, parsed.data!)).total, href).toBe(count);
    }
  });
});
