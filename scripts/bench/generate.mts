// A registry of `n` agreements shaped like the real one, generated in SQL and the same on every run:
// every "random" choice is a hash of the row number, never random(), so two runs (and two databases) hold
// the same rows. Shapes: party sizes skewed (a few organisations sign most agreements), most value in a few
// agreements, 2–4 parties each, progress on a third, most agreements signed at an event on its date.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ensureCategories } from "@/db/seed/categories";

/** A deterministic number in [0, 1) for row `g` and stream `salt`. */
const u = (g: string, salt: number) => sql.raw(`((hashint8(${g}::bigint * 7919 + ${salt}) & 2147483647)::float8 / 2147483648)`);

export const BENCH_EMAIL = "bench@accord.local";

export async function generateRegistry(db: Db, n: number): Promise<void> {
  // One transaction with the rollup triggers deferred, then one rebuild of the cells: row by row would take minutes.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('accord.rollup_deferred', 'on', true)`);
    await insertRows(tx as unknown as Db, n);
    await tx.execute(sql`select rollup_rebuild()`);
  });
  await db.execute(sql`analyze`);
}

async function insertRows(db: Db, n: number): Promise<void> {
  const orgs = Math.max(40, Math.round(n / 50));
  const events = Math.max(3, Math.round(n / 400));
  await ensureCategories(db);
  await db.execute(sql`insert into users (email, name, password_hash, role) values (${BENCH_EMAIL}, 'bench', 'x', 'staff')`);
  await db.execute(sql`
    insert into organizations (name_zh, name_en, short_name, type, city)
    select (array['重庆','成都','西安','贵阳','昆明','北京','上海','深圳'])[1 + (g % 8)]
           || (array['马上消金','农商银行','数字科技','大数据','理工大学','财产保险','证券','小额贷款','AI 科创','金融监管局','消金研究院'])[1 + (g * 7 % 11)]
           || '第' || g || '号',
           'Org ' || g, '机构' || g,
           (enum_range(null::party_type))[1 + (g * 7 % 11)],
           '重庆'
      from generate_series(1, ${orgs}) g`);
  await db.execute(sql`
    insert into events (name_zh, name_en, held_on, venue)
    select '签约活动 ' || g, 'Signing event ' || g, date '2021-01-04' + (g * 2000 / ${events})::int, '重庆两江新区'
      from generate_series(1, ${events}) g`);
  // Value: 1万元 to 10亿元 with u⁴ in the exponent, so a few agreements carry most of the total.
  await db.execute(sql`
    insert into agreements (reference, title_zh, title_en, category_id, event_id, status, signed_on, term_start, term_end,
                            signed_value, value_kind, deleted_at)
    select 'BM-' || lpad(g::text, 7, '0'),
           (array['战略合作协议','消金业务合作协议','联合实验室共建协议','人才培养合作协议','金融科技合作备忘录','数据治理服务协议','普惠金融合作框架协议','项目实训基地协议'])[1 + floor(${u("g", 1)} * 8)::int]
             || ' 第' || g || '号',
           'Cooperation agreement ' || g,
           (select id from categories order by sort_order limit 1 offset floor(${u("g", 2)} ^ 1.5 * 4)::int),
           case when ${u("g", 3)} < 0.6 then 1 + floor(${u("g", 4)} ^ 2 * ${events})::int end,
           (enum_range(null::agreement_status))[width_bucket(${u("g", 5)}, array[0, 0.05, 0.35, 0.8, 0.95])],
           null, null, null,
           case when ${u("g", 6)} < 0.1 then null
                else round((10000 * 10 ^ (5 * ${u("g", 7)} ^ 4))::numeric, 2) end,
           case when ${u("g", 8)} < 0.55 then 'binding'::value_kind else 'intended'::value_kind end,
           case when ${u("g", 9)} < 0.01 then now() end
      from generate_series(1, ${n}) g`);
  // Agreements at an event were signed on its date; the others any day from 2021 to 2026.
  await db.execute(sql`
    update agreements a
       set signed_on = coalesce(e.held_on, date '2021-01-04' + floor(${u("a.id", 10)} * 2150)::int)
      from (select a2.id, ev.held_on from agreements a2 left join events ev on ev.id = a2.event_id) e
     where e.id = a.id and a.status <> 'draft'`);
  await db.execute(sql`
    update agreements set term_start = signed_on, term_end = signed_on + (365 * (1 + floor(${u("id", 11)} * 5)))::int
     where signed_on is not null`);
  // 2–4 parties: the first drawn with a cubic skew, the others stepped away from it so no organisation repeats.
  await db.execute(sql`
    insert into agreement_parties (agreement_id, organization_id, position, is_lead, signatory_name)
    select a.id,
           1 + ((floor(${u("a.id", 12)} ^ 3 * ${orgs})::int + (p.n - 1) * (1 + floor(${u("a.id", 13)} * 97)::int)) % ${orgs}),
           p.n, p.n = 1, '签署人 ' || p.n
      from agreements a cross join generate_series(1, 4) p(n)
     where p.n <= 2 + (${u("a.id", 14)} < 0.25)::int + (${u("a.id", 15)} < 0.07)::int
    on conflict do nothing`);
  await db.execute(sql`
    insert into progress_updates (agreement_id, occurred_on, note, delivered_value)
    select a.id, a.signed_on + 30 * k.n, '阶段性进展 ' || k.n,
           case when a.signed_value is null then null else round(a.signed_value * ${u("a.id", 16)}::numeric / 3, 2) end
      from agreements a cross join generate_series(1, 3) k(n)
     where a.signed_on is not null and ${u("a.id", 17)} < 0.34 and k.n <= 1 + floor(${u("a.id", 18)} * 3)::int`);
}
