// The query half of `npm run bench`: the same functions the pages call, timed against the database,
// and EXPLAIN ANALYZE of every SQL statement each rollup sends.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { createAgreement } from "@/db/mutations/agreements";
import { getAgreement, listAgreementHistory, listProgressUpdates } from "@/db/queries/agreement-detail";
import { listAgreements } from "@/db/queries/agreements";
import { getDashboard } from "@/db/queries/dashboard";
import { getTotals, rollupByCategory, rollupByEvent, rollupByMonth, rollupByPartyType, rollupByStatus, topParties } from "@/db/queries/rollups";
import { queryRows } from "@/db/client";
import { dashboardParams } from "@/lib/dashboard/params";
import { agreementSchema } from "@/lib/validation/agreement";
import { agreementFiltersSchema } from "@/lib/validation/agreement-filters";
import { BENCH_EMAIL } from "./generate.mjs";
import type { Case } from "./stats.mjs";

const TODAY = "2026-11-27";

/** The cases, by stable name; `target` is the p95 in ms at 100,000 agreements. */
export async function queryCases(db: Db): Promise<Case[]> {
  const [{ id: actor }] = await queryRows<{ id: number }>(db, sql`select id from users where email = ${BENCH_EMAIL}`);
  const ids = await queryRows<{ id: number; category_id: number; org: number }>(
    db,
    sql`select a.id, a.category_id, (select organization_id from agreement_parties where agreement_id = a.id order by position limit 1) as org
          from agreements a where a.deleted_at is null and a.status <> 'draft' order by a.id limit 2`,
  );
  const list = (params: Record<string, string>) => () => listAgreements(db, agreementFiltersSchema.parse(params));
  const { filters, compare } = dashboardParams({});
  let seq = 0;
  const detailId = ids[0].id;
  return [
    { name: "dashboard", target: 150, run: () => getDashboard(db, filters, { compare, today: TODAY }) },
    { name: "dashboard-filtered-year", target: 150, run: () => getDashboard(db, { from: "2024-01-01", to: "2024-12-31" }, { compare: "yoy", today: TODAY }) },
    { name: "list-first-page", target: 100, run: list({}) },
    { name: "list-search", target: 100, run: list({ q: "消金" }) },
    { name: "list-filtered", target: 150, run: list({ category: "financial_services", from: "2024-01-01", to: "2024-12-31", minValue: "1000000" }) },
    { name: "list-page-40-by-value", target: 150, run: list({ sort: "value_desc", page: "40" }) },
    {
      name: "detail",
      target: 60,
      run: () => Promise.all([getAgreement(db, detailId), listProgressUpdates(db, detailId), listAgreementHistory(db, detailId)]),
    },
    {
      name: "create",
      target: 100,
      run: () => {
        seq += 1;
        const input = agreementSchema.parse({
          reference: `BN-2026-${String(seq).padStart(6, "0")}`,
          titleZh: `基准测试协议 ${seq}`,
          categoryId: ids[0].category_id,
          status: "signed",
          signedOn: "2026-11-20",
          signedValue: "1200万",
          valueKind: "binding",
          parties: [
            { organizationId: ids[0].org, isLead: true },
            { organizationId: ids[1].org === ids[0].org ? ids[0].org + 1 : ids[1].org },
          ],
        });
        return createAgreement(db, { id: actor }, input, `bench-${process.pid}-${seq}`);
      },
    },
    ...rollupCases(db).map(([name, run]) => ({ name, target: 50, run })),
  ];
}

type Rollup = [string, (db: Db) => Promise<unknown>];

function rollupCases(db: Db): [string, () => Promise<unknown>][] {
  return ROLLUPS.map(([name, fn]) => [name, () => fn(db)]);
}

const ROLLUPS: Rollup[] = [
  ["rollup-totals", (db) => getTotals(db)],
  ["rollup-by-category", (db) => rollupByCategory(db)],
  ["rollup-by-party-type", (db) => rollupByPartyType(db)],
  ["rollup-by-event", (db) => rollupByEvent(db)],
  ["rollup-by-month", (db) => rollupByMonth(db)],
  ["rollup-by-status", (db) => rollupByStatus(db)],
  ["rollup-top-parties", (db) => topParties(db)],
];

/** The server-side execution time of each statement a rollup sends, by EXPLAIN ANALYZE (ms, summed). */
export async function explainRollups(db: Db): Promise<{ name: string; ms: number; plan: string }[]> {
  const out = [];
  for (const [name, fn] of ROLLUPS) {
    const sent: SQL[] = [];
    const spy = Object.create(db) as Db;
    spy.execute = ((q: SQL) => {
      sent.push(q);
      return db.execute(q);
    }) as Db["execute"];
    await fn(spy);
    let ms = 0;
    const plans: string[] = [];
    for (const q of sent) {
      const rows = await queryRows<Record<"QUERY PLAN", string>>(db, sql`explain (analyze, costs off, timing off) ${q}`);
      const lines = rows.map((r) => r["QUERY PLAN"]);
      ms += Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? "")?.[1] ?? 0);
      plans.push(lines.join("\n"));
    }
    out.push({ name, ms, plan: plans.join("\n\n") });
  }
  return out;
}
