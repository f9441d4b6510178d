// `npm run bench`: times the list and rollup queries on a generated registry and prints a table.
// DATABASE_URL set → a scratch database on that server (dropped afterwards); else in-memory PGlite.
// BENCH_AGREEMENTS (default 20000) sets the size; each agreement has 2–3 parties, a third have progress.
import { sql } from "drizzle-orm";
import { openDb, type Db } from "@/db/client";
import { listAgreements } from "@/db/queries/agreements";
import { getDashboard } from "@/db/queries/dashboard";
import { getTotals, rollupByCategory, rollupByMonth, rollupByPartyType, topParties } from "@/db/queries/rollups";
import { ensureCategories } from "@/db/seed/categories";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { benchImport } from "./bench/import";

const N = Number(process.env.BENCH_AGREEMENTS ?? 20_000);
const RUNS = 15;

async function generate(db: Db) {
  await ensureCategories(db);
  await db.execute(sql`insert into users (email, name, password_hash, role) values ('bench@accord.local', 'bench', 'x', 'staff')`);
  await db.execute(sql`
    insert into organizations (name_zh, name_en, short_name, type)
    select '重庆' || (array['消费金融','农商银行','科技','大数据','大学','保险'])[1 + g % 6] || '机构' || g, 'Org ' || g, '机构' || g,
           (enum_range(null::party_type))[1 + g % 11]
      from generate_series(1, 800) g`);
  await db.execute(sql`
    insert into events (name_zh, held_on) select '签约活动 ' || g, date '2023-01-01' + g * 37 from generate_series(1, 30) g`);
  await db.execute(sql`
    insert into agreements (reference, title_zh, category_id, event_id, status, signed_on, term_start, term_end, signed_value, value_kind)
    select 'BM-' || (2023 + g % 4) || '-' || lpad(g::text, 6, '0'),
           '合作协议 ' || g || (case when g % 7 = 0 then ' 消金联合实验室' else '' end),
           (select id from categories order by id limit 1 offset g % 4),
           case when g % 5 = 0 then null else 1 + g % 30 end,
           (enum_range(null::agreement_status))[1 + g % 5],
           date '2023-01-01' + (g % 1400), date '2023-01-01' + (g % 1400), date '2023-01-01' + (g % 1400) + 365 * (1 + g % 3),
           case when g % 9 = 0 then null else ((g * 7919) % 500000000)::numeric / 100 + 10000 end,
           (enum_range(null::value_kind))[1 + g % 2]
      from generate_series(1, ${N}) g`);
  await db.execute(sql`
    insert into agreement_parties (agreement_id, organization_id, position, is_lead)
    select a.id, 1 + ((a.id * p.n * 31) % 800), p.n, p.n = 1
      from agreements a cross join (values (1), (2), (3)) p(n)
     where p.n < 3 or a.id % 4 = 0
    on conflict do nothing`);
  await db.execute(sql`
    insert into progress_updates (agreement_id, occurred_on, note, delivered_value)
    select id, signed_on + 30, '进展', signed_value / 4 from agreements where id % 3 = 0 and signed_value is not null`);
  await db.execute(sql`analyze`);
}

async function time(fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)], p95: samples[Math.ceil(RUNS * 0.95) - 1] };
}

const url = process.env.DATABASE_URL;
let cleanup = async () => {};
let db: Db;
let kind: string;
if (url) {
  const admin = await openDb({ url });
  const name = `accord_bench_${process.pid}`;
  await admin.db.execute(sql.raw(`create database ${name}`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const h = await openDb({ url: target.toString(), migrate: true });
  ({ db, kind } = h);
  cleanup = async () => {
    await h.close();
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  };
} else {
  const h = await openDb({ dataDir: "memory://" });
  ({ db, kind } = h);
  cleanup = h.close;
}

const t0 = performance.now();
await generate(db);
console.log(`generated ${N} agreements on ${kind} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const list = (params: Record<string, string>) => () => listAgreements(db, agreementFiltersSchema.parse(params));
const cases: [string, () => Promise<unknown>, number][] = [
  ["list: first page, default sort", list({}), 150],
  ["list: search 消金 (pg_trgm)", list({ q: "消金" }), 300],
  ["list: category + date range + value", list({ category: "financial_services", from: "2024-01-01", to: "2024-12-31", minValue: "1000000" }), 150],
  ["list: page 40 sorted by value", list({ sort: "value_desc", page: "40" }), 200],
  ["rollup: totals", () => getTotals(db), 150],
  ["rollup: by category", () => rollupByCategory(db), 150],
  ["rollup: by party type", () => rollupByPartyType(db), 250],
  ["rollup: by month", () => rollupByMonth(db), 150],
  ["rollup: top 10 parties", () => topParties(db), 250],
  ["dashboard: every figure, filtered year", () => getDashboard(db, { from: "2024-01-01", to: "2024-12-31" }, { compare: "yoy", today: "2026-11-27" }), 1500],
];

const rows: string[][] = [];
for (const [name, fn, target] of cases) {
  const { median, p95 } = await time(fn);
  rows.push([name, median.toFixed(1), p95.toFixed(1), String(target), p95 <= target ? "ok" : "SLOW"]);
}
const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
const header = ["query", "median ms", "p95 ms", "target p95 ms", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(`\n${kind}, ${N} agreements, ${RUNS} runs each, process RSS ${rss} MB\n`);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));

// The spreadsheet import, timed once each step (scripts/bench/import.mts).
const importRows = await benchImport(db);
console.log(`\n| import step | ms | target ms | |\n|---|---|---|---|`);
for (const r of importRows) console.log(`| ${r.join(" | ")} |`);
await cleanup();
process.exitCode = [...rows.map((r) => r[4]), ...importRows.map((r) => r[3])].some((v) => v !== "ok") ? 1 : 0;
