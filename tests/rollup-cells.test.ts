/**
 * The trigger-kept rollup cells stay exact: after rounds of random creates, edits, party
 * changes, progress entries, corrections, withdrawals, soft deletes, restores and hard deletes,
 * every figure the dashboard reads from the cells equals a direct SQL sum over the rows.
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { countOverDelivered } from "@/db/queries/rollups";
import { listAgreements } from "@/db/queries/agreements";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { ensureCategories } from "@/db/seed/categories";
import { AGREEMENT_STATUSES, PARTY_TYPES, SIGNED_STATUSES } from "@/lib/domain/enums";
import type { RollupFilters, RollupItem } from "@/lib/domain/rollups";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await ensureCategories(db);
  await db.execute(sql`insert into organizations (name_zh, type) select '机构' || g, (enum_range(null::party_type))[1 + g % 11] from generate_series(1, 12) g`);
  await db.execute(sql`insert into events (name_zh, held_on) select '活动' || g, date '2024-01-01' + g * 40 from generate_series(1, 4) g`);
}, 60_000);
afterAll(() => t?.close());

/** A seeded generator (mulberry32), so a failure replays the same writes. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

async function randomWrite(r: () => number, n: number) {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const nth = r();
  const id = sql`(select id from agreements order by id offset floor(${nth}::float8 * (select count(*) from agreements))::int limit 1)`;
  const value = r() < 0.15 ? null : (Math.floor(r() * 1e12) / 100).toFixed(2);
  const day = `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  const op = Math.floor(r() * 10);
  if (op <= 2) {
    const [{ id: aid }] = await queryRows<{ id: number }>(
      db,
      sql`insert into agreements (reference, title_zh, category_id, event_id, status, signed_on, signed_value, value_kind)
          values (${`RC-2024-${String(n).padStart(4, "0")}`}, '协议', (select id from categories order by id offset ${Math.floor(r() * 4)} limit 1),
                  ${r() < 0.3 ? null : 1 + Math.floor(r() * 4)}, ${pick(AGREEMENT_STATUSES)}, ${day}, ${value}, ${pick(["binding", "intended"])})
          returning id`,
    );
    const first = 1 + Math.floor(r() * 12);
    await db.execute(sql`insert into agreement_parties (agreement_id, organization_id, position, is_lead)
                         values (${aid}, ${first}, 1, true), (${aid}, ${1 + (first % 12)}, 2, false)`);
  } else if (op === 3) {
    await db.execute(sql`update agreements set status = ${pick(AGREEMENT_STATUSES)}, signed_value = ${value}, signed_on = ${day},
                           value_kind = ${pick(["binding", "intended"])}, event_id = ${r() < 0.3 ? null : 1 + Math.floor(r() * 4)} where id = ${id}`);
  } else if (op === 4) {
    await db.execute(sql`update agreements set deleted_at = case when deleted_at is null then now() end where id = ${id}`); // delete or restore
  } else if (op === 5) {
    await db.execute(sql`insert into progress_updates (agreement_id, occurred_on, note, delivered_value) select x.id, ${day}::date, '进展', ${value}::numeric from ${id} x`);
  } else if (op === 6) {
    await db.execute(sql`update progress_updates set delivered_value = ${value}, version = version + 1, change_reason = '更正'
                          where id = (select id from progress_updates order by id offset ${Math.floor(r() * 10)} limit 1)`);
  } else if (op === 7) {
    await db.execute(sql`update progress_updates set withdrawn_at = now(), version = version + 1, change_reason = '撤回'
                          where id = (select id from progress_updates order by id offset ${Math.floor(r() * 10)} limit 1)`);
  } else if (op === 8) {
    const org = 1 + Math.floor(r() * 12);
    await db.execute(sql`update agreement_parties set organization_id = ${org}
                          where agreement_id = ${id} and position = 2
                            and not exists (select 1 from agreement_parties x where x.agreement_id = agreement_parties.agreement_id and x.organization_id = ${org})`);
    await db.execute(sql`update organizations set type = ${pick(PARTY_TYPES)} where id = ${1 + Math.floor(r() * 12)}`);
  } else {
    await db.execute(sql`delete from agreements where id = ${id}`);
  }
}

type Direct = { key: string; count: number; signed: string; delivered: string; binding: string; intended: string };

/** The figures by `key` straight from the base tables: live agreements in `statuses`, delivered = unwithdrawn progress. */
async function direct(key: SQL, statuses: readonly string[], from?: string, to?: string, join = sql``): Promise<Direct[]> {
  return queryRows<Direct>(
    db,
    sql`select ${key}::text as key, count(*)::int as count, coalesce(sum(a.signed_value), 0)::numeric(38,2)::text as signed,
               coalesce(sum((select coalesce(sum(p.delivered_value), 0) from progress_updates p where p.agreement_id = a.id and p.withdrawn_at is null)), 0)::numeric(38,2)::text as delivered,
               coalesce(sum(a.signed_value) filter (where a.value_kind = 'binding'), 0)::numeric(38,2)::text as binding,
               coalesce(sum(a.signed_value) filter (where a.value_kind = 'intended'), 0)::numeric(38,2)::text as intended
          from agreements a ${join}
         where a.deleted_at is null and a.status in ${statuses}
           ${from ? sql`and a.signed_on >= ${from}` : sql``} ${to ? sql`and a.signed_on <= ${to}` : sql``}
         group by 1`,
  );
}

const asDirect = (items: RollupItem[]) =>
  items
    .filter((i) => i.count > 0)
    .map((i) => ({ key: i.key, count: i.count, signed: i.signedValue, delivered: i.deliveredValue, binding: i.bindingValue, intended: i.intendedValue }));
const byKey = (rows: Direct[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

async function expectExact(f: RollupFilters) {
  const statuses = f.status?.length ? f.status : SIGNED_STATUSES;
  const [total] = await direct(sql`'total'`, statuses, f.from, f.to);
  const totals = await getTotals(db, f);
  expect({ count: totals.count, signed: totals.signedValue, delivered: totals.deliveredValue }).toEqual({
    count: total?.count ?? 0,
    signed: total?.signed ?? "0.00",
    delivered: total?.delivered ?? "0.00",
  });
  const cat = await direct(sql`(select key from categories where id = a.category_id)`, statuses, f.from, f.to);
  expect(byKey(asDirect(await rollupByCategory(db, f)))).toEqual(byKey(cat));
  const ev = await direct(sql`coalesce(a.event_id::text, 'none')`, statuses, f.from, f.to);
  expect(byKey(asDirect(await rollupByEvent(db, f)))).toEqual(byKey(ev));
  expect(byKey(asDirect(await rollupByMonth(db, f)))).toEqual(byKey(await direct(sql`to_char(a.signed_on, 'YYYY-MM')`, statuses, f.from, f.to)));
  expect(byKey(asDirect(await rollupByStatus(db, f)))).toEqual(byKey(await direct(sql`a.status`, statuses, f.from, f.to)));
  const types = sql`join (select distinct ap.agreement_id, o.type from agreement_parties ap join organizations o on o.id = ap.organization_id) t on t.agreement_id = a.id`;
  expect(byKey(asDirect(await rollupByPartyType(db, f)))).toEqual(byKey(await direct(sql`t.type`, statuses, f.from, f.to, types)));
  if (!f.from) {
    const parties = await direct(sql`ap.organization_id`, statuses, undefined, undefined, sql`join agreement_parties ap on ap.agreement_id = a.id`);
    const top = byKey(parties).sort((a, b) => Number(b.signed) - Number(a.signed) || b.count - a.count || Number(a.key) - Number(b.key));
    expect(asDirect(await topParties(db, f, 5))).toEqual(top.slice(0, 5));
    const [{ n }] = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct ap.organization_id)::int as n from agreement_parties ap join agreements a on a.id = ap.agreement_id
           where a.deleted_at is null and a.status in ${statuses}`,
    );
    expect(totals.parties).toBe(n);
  }
  const [{ over }] = await queryRows<{ over: number }>(
    db,
    sql`select count(*)::int as over from agreements a where a.deleted_at is null and a.status in ${statuses}
          ${f.from ? sql`and a.signed_on >= ${f.from}` : sql``} ${f.to ? sql`and a.signed_on <= ${f.to}` : sql``}
          and a.signed_value < (select sum(p.delivered_value) from progress_updates p where p.agreement_id = a.id and p.withdrawn_at is null)`,
  );
  expect(await countOverDelivered(db, f)).toBe(over);
}

/** The list's totals line (every status unless chosen) against the rows. */
async function expectListTotals(params: Record<string, string>) {
  const f = agreementFiltersSchema.parse(params);
  const page = await listAgreements(db, f);
  const [total] = await direct(sql`'total'`, f.status ?? AGREEMENT_STATUSES, f.from, f.to);
  expect({ total: page.total, signed: page.signedValue, delivered: page.deliveredValue, binding: page.bindingValue }).toEqual({
    total: total?.count ?? 0,
    signed: total?.signed ?? "0.00",
    delivered: total?.delivered ?? "0.00",
    binding: total?.binding ?? "0.00",
  });
}

describe("rollup cells after random writes, deletes and restores", () => {
  const r = random(20261202);
  let n = 0;
  it.each([1, 2, 3, 4])("round %i: every figure equals a direct SQL sum over the rows", async () => {
    for (let i = 0; i < 40; i++) await randomWrite(r, ++n);
    await expectExact({});
    await expectExact({ status: ["draft", "signed"] });
    await expectExact({ from: "2024-03-01", to: "2024-06-30" });
    await expectExact({ from: "2024-03-05", to: "2024-06-20" }); // cuts through months: read from the rows
    await expectListTotals({});
    await expectListTotals({ from: "2024-03-01", status: "draft,completed" });
  }, 60_000);

  it("a rebuild from the base tables finds the cells as the triggers left them (but for emptied ones)", async () => {
    const snapshot = () => queryRows<{ cells: string }>(db, sql`select json_agg(c order by c::text)::text as cells from rollup_cells c where c.agreements > 0`);
    const before = await snapshot();
    await db.execute(sql`select rollup_rebuild()`);
    expect(await snapshot()).toEqual(before);
  });
});
