import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { PARTY_TYPES } from "@/lib/domain/enums";
import { verifyPassword } from "@/lib/crypto/password";
import { isValidCreditCode } from "@/lib/credit-code";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { CATEGORY_SEED } from "./categories";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seedSampleData } from "./index";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** numeric text → fen, so money is compared exactly. */
function fen(value: string | null): bigint {
  if (value === null) return 0n;
  const [whole, frac = ""] = value.split(".");
  return BigInt(whole) * 100n + BigInt((frac + "00").slice(0, 2));
}

const CEREMONY = sql`(select id from events where held_on = '2025-07-10')`;

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    t.db,
    sql`select
      (select count(*)::int from agreements) as agreements,
      (select count(*)::int from agreement_parties) as parties,
      (select count(*)::int from organizations) as organizations,
      (select count(*)::int from events) as events,
      (select count(*)::int from progress_updates) as progress,
      (select count(*)::int from categories) as categories,
      (select count(*)::int from audit_log) as audit`,
  );
  return row;
}

describe("seedSampleData", () => {
  it("loads the sample registry on first call, without demo users unless asked", async () => {
    expect(await seedSampleData(t.db, { demoUsers: false })).toEqual({ seeded: true });
    const [u] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`);
    expect(u.n).toBe(0);
    const audit = await queryRows<{ actor_id: number | null; after: { agreements: number; organizations: number } }>(
      t.db,
      sql`select actor_id, after from audit_log where action = 'seed' and entity = 'database' and entity_id = 'sample'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBeNull();
    const { agreements, organizations } = await counts();
    expect(audit[0].after).toEqual({ agreements, organizations });
  });

  it("puts about 100 agreements worth more than 300亿元 on the 2025-07-10 ceremony", async () => {
    const [row] = await queryRows<{ n: number; live: number; total: string }>(
      t.db,
      sql`select count(*)::int as n,
            count(*) filter (where status <> 'draft')::int as live,
            coalesce(sum(signed_value) filter (where status <> 'draft'), 0)::text as total
          from agreements where event_id = ${CEREMONY}`,
    );
    expect(row.n).toBeGreaterThanOrEqual(90);
    expect(row.n).toBeLessThanOrEqual(110);
    expect(row.live).toBeLessThan(row.n);
    expect(fen(row.total) > fen("30000000000.00")).toBe(true);
    expect(row.total).toBe("32568000000.00");
  });

  it("covers every party type with at least 60 sample organisations", async () => {
    const rows = await queryRows<{ type: string; n: number; sample: number }>(
      t.db,
      sql`select type::text as type, count(*)::int as n, count(*) filter (where is_sample)::int as sample
          from organizations group by type`,
    );
    expect(rows.reduce((s, r) => s + r.n, 0)).toBeGreaterThanOrEqual(60);
    expect(rows.map((r) => r.type).sort()).toEqual([...PARTY_TYPES].sort());
    expect(rows.every((r) => r.sample === r.n)).toBe(true);
    const codes = await queryRows<{ code: string }>(
      t.db,
      sql`select credit_code as code from organizations where credit_code is not null`,
    );
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !isValidCreditCode(c.code))).toEqual([]);
  });

  it("has agreements in all four categories", async () => {
    const rows = await queryRows<{ key: string; n: number }>(
      t.db,
      sql`select c.key, count(a.id)::int as n from categories c left join agreements a on a.category_id = c.id group by c.key`,
    );
    expect(rows.map((r) => r.key).sort()).toEqual(CATEGORY_SEED.map((c) => c.key).sort());
    expect(rows.every((r) => r.n > 0)).toBe(true);
  });

  it("gives every agreement two or three parties in positions 1…n with exactly one lead", async () => {
    const bad = await queryRows<{ reference: string }>(
      t.db,
      sql`select a.reference from agreements a join agreement_parties p on p.agreement_id = a.id
          group by a.id, a.reference
          having count(*) not between 2 and 3
              or count(*) filter (where p.is_lead) <> 1
              or min(p.position) <> 1 or max(p.position) <> count(*)`,
    );
    expect(bad).toEqual([]);
    const [orphans] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from agreements a
          where a.status <> 'draft' and not exists (select 1 from agreement_parties p where p.agreement_id = a.id)`,
    );
    expect(orphans.n).toBe(0);
  });

  it("keeps delivered value within signed value and progress dates within signing and 2026-11-27", async () => {
    const rows = await queryRows<{ reference: string; signed: string | null; delivered: string | null; ok_dates: boolean }>(
      t.db,
      sql`select a.reference, a.signed_value::text as signed, sum(p.delivered_value)::text as delivered,
            bool_and(p.occurred_on > a.signed_on and p.occurred_on <= date '2026-11-27') as ok_dates
          from agreements a join progress_updates p on p.agreement_id = a.id
          group by a.id, a.reference, a.signed_value`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const r of rows) {
      expect(r.ok_dates, r.reference).toBe(true);
      if (r.signed === null) expect(r.delivered, r.reference).toBeNull();
      else expect(fen(r.delivered) <= fen(r.signed), r.reference).toBe(true);
    }
  });

  it("numbers references per year in signing order and has terms that expire soon or have lapsed", async () => {
    const rows = await queryRows<{ reference: string; rn: number; year_ok: boolean | null }>(
      t.db,
      sql`select reference, split_part(reference, '-', 2) = to_char(signed_on, 'YYYY') as year_ok,
            row_number() over (partition by split_part(reference, '-', 2) order by reference)::int as rn
          from agreements`,
    );
    for (const r of rows) {
      expect(r.reference).toMatch(/^CQ-\d{4}-\d{4}$/);
      expect(Number(r.reference.slice(8)), r.reference).toBe(r.rn);
      expect(r.year_ok, r.reference).not.toBe(false);
    }
    const [order] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from agreements a join agreements b
          on split_part(a.reference, '-', 2) = split_part(b.reference, '-', 2) and a.reference < b.reference
          where a.signed_on > b.signed_on`,
    );
    expect(order.n).toBe(0);
    const [terms] = await queryRows<{ soon: number; lapsed: number; inverted: number }>(
      t.db,
      sql`select
            count(*) filter (where term_end between date '2026-11-27' and date '2026-11-27' + 90
                             and status in ('signed', 'in_execution'))::int as soon,
            count(*) filter (where term_end < date '2026-11-27' and status in ('signed', 'in_execution'))::int as lapsed,
            count(*) filter (where term_end < term_start)::int as inverted
          from agreements`,
    );
    expect(terms.soon).toBeGreaterThan(0);
    expect(terms.lapsed).toBeGreaterThan(0);
    expect(terms.inverted).toBe(0);
  });

  it("does nothing the second time, and adds demo users only when asked", async () => {
    const before = await counts();
    expect(await seedSampleData(t.db, { demoUsers: true })).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);

    const users = await queryRows<{ email: string; role: string; name: string; password_hash: string }>(
      t.db,
      sql`select email, role::text as role, name, password_hash from users order by id`,
    );
    expect(users.map(({ email, role, name }) => ({ email, role, name }))).toEqual([...DEMO_USERS]);
    const checks = await Promise.all(users.map(async (u) => (await verifyPassword(DEMO_PASSWORD, u.password_hash)).ok));
    expect(checks).toEqual([true, true, true]);

    expect(await seedSampleData(t.db, { demoUsers: true })).toEqual({ seeded: false });
    const [again] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`);
    expect(again.n).toBe(DEMO_USERS.length);
  });

  it("seeds once when two processes start on an empty database together", async () => {
    await t.reset();
    const results = await Promise.all([
      seedSampleData(t.db, { demoUsers: false }),
      seedSampleData(t.db, { demoUsers: false }),
    ]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const { agreements, audit, categories } = await counts();
    expect({ agreements: agreements > 100, audit, categories }).toEqual({ agreements: true, audit: 1, categories: 4 });
  });
});
