import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { RollupFilters } from "@/lib/domain/rollups";
import type { AgreementStatus } from "@/lib/domain/enums";

/*
 * The rollups read from the trigger-kept cells (db/schema/rollup-cells.ts) when
 * every filter in force is one the cells are keyed by, and from the base tables
 * otherwise. Both give the same figures: tests/rollup-cells.test.ts checks it
 * after random writes, deletes and restores.
 */

type Scoped = RollupFilters & { status: AgreementStatus[] };

const KEYED = new Set(["category", "status", "event", "from", "to"]);

function inForce(f: Scoped): string[] {
  return Object.entries(f)
    .filter(([, v]) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
}

/** `yyyy-mm-dd` is the first day of its month. */
const monthStart = (d: string) => d.endsWith("-01");
/** `yyyy-mm-dd` is the last day of its month. */
const monthEnd = (d: string) => new Date(`${d}T00:00:00Z`).getUTCMonth() !== new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).getUTCMonth();

interface Keys {
  /** The cell table has an event column. */
  event: boolean;
  /** The signing date as the table keeps it: whole months (cells) or the day (rollup_facts). */
  date: "month" | "day";
  /** Further filters this table is keyed by. */
  extra?: string[];
}

/**
 * The WHERE over a cell table (alias `c`) for `f`, or null when some filter in force is not
 * among its keys, or a date range cuts through a month the table keeps whole.
 */
export function cellWhere(f: Scoped, keys: Keys = { event: true, date: "month" }): SQL | null {
  const served = (k: string) => (KEYED.has(k) && (keys.event || k !== "event")) || keys.extra?.includes(k);
  if (inForce(f).some((k) => !served(k))) return null;
  if (keys.date === "month" && ((f.from && !monthStart(f.from)) || (f.to && !monthEnd(f.to)))) return null;
  const date = keys.date === "month" ? sql`c.signed_month` : sql`c.signed_on`;
  const parts: SQL[] = [sql`c.status in ${f.status}`];
  if (keys.date === "month") parts.push(sql`c.agreements > 0`);
  if (f.category?.length) parts.push(sql`c.category_id in (select id from categories where key in ${f.category})`);
  if (f.event === "none") parts.push(sql`c.event_id is null`);
  else if (f.event) parts.push(sql`c.event_id = ${f.event}`);
  if (f.from) parts.push(sql`${date} >= ${f.from}`);
  if (f.to) parts.push(sql`${date} <= ${f.to}`);
  return sql.join(parts, sql` and `);
}

/** The party cells carry only status (and value kind): they serve a filter set of status alone, or status and one party. */
export function partyCellWhere(f: Scoped): SQL | null {
  if (inForce(f).some((k) => k !== "status" && k !== "party")) return null;
  const party = f.party ? sql` and c.organization_id = ${f.party}` : sql``;
  return sql`c.status in ${f.status} and c.agreements > 0${party}`;
}

const money = (expr: SQL) => sql`coalesce(sum(${expr}), 0)::numeric(38,2)::text`;

/** The measures of rollups.ts's `Row`, summed over cells `c`. */
export const cellMeasures = sql`coalesce(sum(c.agreements), 0)::int as count,
  ${money(sql`c.signed_value`)} as signed_value,
  ${money(sql`c.delivered_value`)} as delivered_value,
  ${money(sql`case when c.value_kind = 'binding' then c.signed_value end`)} as binding_value,
  ${money(sql`case when c.value_kind = 'intended' then c.signed_value end`)} as intended_value`;

/** Count, sums, and the distinct events over the cells; the distinct parties come from `parties`. */
export function cellTotals(where: SQL, parties: SQL): SQL {
  return sql`select ${cellMeasures}, (${parties}) as parties, count(distinct c.event_id)::int as events from rollup_cells c where ${where}`;
}

/** Distinct parties from the party cells (`where` from partyCellWhere). */
export function cellParties(where: SQL): SQL {
  return sql`select count(distinct c.organization_id)::int from rollup_party_cells c where ${where}`;
}

export function cellsByCategory(where: SQL, categoryKeys: string[] | undefined): SQL {
  return sql`with x as (select c.category_id, ${cellMeasures} from rollup_cells c where ${where} group by c.category_id)
    select k.key, k.name_zh as zh, k.name_zh_hant as zh_hant, k.name_en as en, coalesce(x.count, 0) as count,
           coalesce(x.signed_value, '0.00') as signed_value, coalesce(x.delivered_value, '0.00') as delivered_value,
           coalesce(x.binding_value, '0.00') as binding_value, coalesce(x.intended_value, '0.00') as intended_value
      from categories k left join x on x.category_id = k.id
     where (k.active or x.category_id is not null) ${categoryKeys?.length ? sql`and k.key in ${categoryKeys}` : sql``}
     order by coalesce(x.signed_value::numeric, 0) desc, k.sort_order`;
}

/** `where` from cellWhere(f, { event: false, date: "month", extra: ["partyType"] }). */
export function cellsByPartyType(where: SQL, types: string[] | undefined): SQL {
  return sql`select c.party_type::text as key, ${cellMeasures} from rollup_party_type_cells c
     where ${where} ${types?.length ? sql`and c.party_type in ${types}` : sql``}
     group by c.party_type order by coalesce(sum(c.signed_value), 0) desc, c.party_type`;
}

export function cellsByEvent(where: SQL): SQL {
  return sql`select c.event_id as key, min(e.name_zh) as zh, min(e.name_zh) as zh_hant, min(e.name_en) as en, ${cellMeasures}
      from rollup_cells c left join events e on e.id = c.event_id where ${where}
     group by c.event_id order by coalesce(sum(c.signed_value), 0) desc, c.event_id nulls last`;
}

export function cellsByMonth(where: SQL): SQL {
  return sql`select to_char(c.signed_month, 'YYYY-MM') as key, ${cellMeasures} from rollup_cells c
     where ${where} and c.signed_month is not null group by 1 order by 1`;
}

export function cellsByStatus(where: SQL): SQL {
  return sql`select c.status::text as key, ${cellMeasures} from rollup_cells c where ${where} group by c.status order by c.status`;
}

/** `where` from partyCellWhere. */
export function cellsTopParties(where: SQL, limit: number): SQL {
  return sql`select o.id as key, min(o.name_zh) as zh, min(o.name_zh) as zh_hant, min(o.name_en) as en, ${cellMeasures}
      from rollup_party_cells c join organizations o on o.id = c.organization_id where ${where}
     group by o.id order by coalesce(sum(c.signed_value), 0) desc, sum(c.agreements) desc, o.id limit ${limit}`;
}
