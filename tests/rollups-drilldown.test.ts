/**
 * Drill-down consistency: for every row of every rollup, the agreements list under
 * the same filters plus the row's dimension (status scope spelled out as
 * SIGNED_STATUSES unless the filters name statuses) holds exactly item.count
 * agreements whose signed / binding / intended / delivered sums are the row's.
 * The list's references are also checked against the JS selection of the fixtures.
 *
 * Checked twice: with list filters built here from the brief, and through the
 * dashboard's own links (rollupHref, parsed back like the /agreements page does).
 */
import { describe, expect, it } from "vitest";
import { listAgreements } from "@/db/queries/agreements";
import { rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { type RollupFilters, type RollupItem } from "@/lib/domain/rollups";
import { SIGNED_STATUSES } from "@/lib/domain/enums";
import { rollupHref, type Dimension } from "@/lib/dashboard/dimensions";
import { agreementFiltersSchema, parseAgreementFilters } from "@/lib/validation/agreement-filters";
import { matching, monthEnd, setupRollupWorld, type World } from "./rollup-fixtures";
import { fen, yuan } from "./fixtures";

const ctx = setupRollupWorld();

const DIMENSIONS: Dimension[] = ["category", "partyType", "event", "month", "status", "party"];

function rows(dim: Dimension, f: RollupFilters): Promise<RollupItem[]> {
  const db = ctx.t.db;
  switch (dim) {
    case "category":
      return rollupByCategory(db, f);
    case "partyType":
      return rollupByPartyType(db, f);
    case "event":
      return rollupByEvent(db, f);
    case "month":
      return rollupByMonth(db, f);
    case "status":
      return rollupByStatus(db, f);
    case "party":
      return topParties(db, f, 100);
  }
}

/** The row's own dimension as list filters (a month becomes its date range, inside the filters' own range). */
function patchFor(dim: Dimension, key: string, f: RollupFilters): RollupFilters {
  switch (dim) {
    case "category":
      return { category: [key] };
    case "partyType":
      return { partyType: [key as NonNullable<RollupFilters["partyType"]>[number]] };
    case "event":
      return { event: key === "none" ? "none" : Number(key) };
    case "month": {
      const from = `${key}-01`;
      const to = monthEnd(key);
      return { from: f.from && f.from > from ? f.from : from, to: f.to && f.to < to ? f.to : to };
    }
    case "status":
      return { status: [key as NonNullable<RollupFilters["status"]>[number]] };
    case "party":
      return { party: Number(key) };
  }
}

/** URL-style parameters, as the /agreements page receives them. */
function toParams(f: RollupFilters): Record<string, string> {
  const out: Record<string, string> = { pageSize: "100" };
  for (const [k, v] of Object.entries(f)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(",") : String(v);
  return out;
}

/** What the list shows, summed from its rows (all on one page). */
async function listed(params: Record<string, string> | URLSearchParams) {
  const parsed = params instanceof URLSearchParams ? parseAgreementFilters(params) : agreementFiltersSchema.safeParse(params);
  if (!parsed.success) throw new Error(`bad drill-down params: ${JSON.stringify(parsed.error.issues)}`);
  const page = await listAgreements(ctx.t.db, parsed.data);
  expect(page.items.length).toBe(page.total); // everything on one page
  const sum = (pick: (i: (typeof page.items)[number]) => string | null) => yuan(page.items.reduce((s, i) => s + (pick(i) ? fen(pick(i)!) : 0n), 0n));
  // The list's own totals line (合同 / 意向 / 已落地) agrees with its rows.
  expect([page.bindingValue, page.intendedValue, page.deliveredValue]).toEqual([
    sum((i) => (i.valueKind === "binding" ? i.signedValue : null)),
    sum((i) => (i.valueKind === "intended" ? i.signedValue : null)),
    sum((i) => i.deliveredValue),
  ]);
  return {
    count: page.total,
    signedValue: page.signedValue,
    rowsSignedValue: sum((i) => i.signedValue),
    bindingValue: sum((i) => (i.valueKind === "binding" ? i.signedValue : null)),
    intendedValue: sum((i) => (i.valueKind === "intended" ? i.signedValue : null)),
    deliveredValue: sum((i) => i.deliveredValue),
    references: page.items.map((i) => i.reference).sort(),
  };
}

function expectListMatchesRow(list: Awaited<ReturnType<typeof listed>>, item: RollupItem, where: string) {
  expect({ where, ...list, references: undefined }).toEqual({
    where,
    count: item.count,
    signedValue: item.signedValue,
    rowsSignedValue: item.signedValue,
    bindingValue: item.bindingValue,
    intendedValue: item.intendedValue,
    deliveredValue: item.deliveredValue,
    references: undefined,
  });
}

/** Base filters that share no dimension with any rollup row except status/month, which compose. */
const BASES: [string, (w: World) => RollupFilters][] = [
  ["no filter", () => ({})],
  ["2025 only", () => ({ from: "2025-01-01", to: "2025-12-31" })],
  ["from 2024-08-22 to 2025-01-02", () => ({ from: "2024-08-22", to: "2025-01-02" })],
  ["q 联合", () => ({ q: "联合" })],
  ["value 0.01 … 100000000.00", () => ({ minValue: "0.01", maxValue: "100000000.00" })],
  ["statuses draft+signed asked for", () => ({ status: ["draft", "signed"] })],
];

const CASES = BASES.flatMap(([name, make]) => DIMENSIONS.map((dim) => [name, dim, make] as const));

describe("drill-down: list filters = rollup filters + status scope + the row's dimension", () => {
  it("SIGNED_STATUSES is every status but draft", () => {
    expect([...SIGNED_STATUSES].sort()).toEqual(["completed", "in_execution", "signed", "terminated"]);
  });

  it.each(CASES)("under %s, every %s row", async (_name, dim, make) => {
    const base = make(ctx.w);
    const items = await rows(dim, base);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const merged: RollupFilters = { ...base, status: base.status?.length ? base.status : SIGNED_STATUSES, ...patchFor(dim, item.key, base) };
      const list = await listed(toParams(merged));
      expectListMatchesRow(list, item, `${dim}=${item.key}`);
      expect(list.references).toEqual(matching(ctx.w, merged).map((a) => a.reference).sort());
    }
  });
});

describe("drill-down through the dashboard's links (rollupHref)", () => {
  it.each(CASES)("under %s, every %s row's link", async (_name, dim, make) => {
    const base = make(ctx.w);
    for (const item of await rows(dim, base)) {
      const href = rollupHref(dim, item, base);
      const list = await listed(new URL(href, "http://accord.test").searchParams);
      expectListMatchesRow(list, item, href);
    }
  });

  // Filtered on a dimension, that dimension's rollup keeps only the filtered
  // values, so each remaining row's link (a subset of the filter) lists exactly its agreements.
  const CROSS: [string, Dimension, (w: World) => RollupFilters][] = [
    ["partyType bank", "partyType", () => ({ partyType: ["bank"] })],
    ["party msxj", "party", (w) => ({ party: w.orgs.msxj.id })],
    ["category talent", "category", () => ({ category: ["talent_cultivation"] })],
  ];
  it.each(CROSS)("under %s, every %s row's link lists the row's agreements", async (_name, dim, make) => {
    const base = make(ctx.w);
    const items = await rows(dim, base);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const list = await listed(new URL(rollupHref(dim, item, base), "http://accord.test").searchParams);
      expect([list.count, list.signedValue]).toEqual([item.count, item.signedValue]);
    }
  });
});
