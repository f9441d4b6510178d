import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { scopeOf, type RollupFilters, type RollupItem, type Totals, type ValueTotals } from "@/lib/domain/rollups";
import { AGREEMENT_STATUSES } from "@/lib/domain/enums";
import type { AgreementFilters } from "@/lib/validation/agreement-filters";
import { queryRows, type DbOrTx } from "../client";
import { agreementWhere } from "./agreement-filters";
import { DELIVERED_BY_AGREEMENT } from "./delivered";
import * as cells from "./rollup-cells";

/** Agreements that count as signed (`isSigned` in lib/domain): past draft, not soft-deleted. */
export const SIGNED = sql`a.status <> 'draft' and a.deleted_at is null`;

const money = (expr: SQL) => sql`coalesce(sum(${expr}), 0)::numeric(38,2)::text`;

/**
 * Each agreement `a` matching `where` once, with its delivered total. A live agreement's total is
 * read from rollup_facts (kept by the triggers); the soft-deleted ones (`live` false) sum their progress.
 */
function withDelivered(where: SQL, live = true): SQL {
  const delivered = live ? sql`(select agreement_id, delivered_value as delivered from rollup_facts)` : DELIVERED_BY_AGREEMENT;
  return sql`select a.*, coalesce(d.delivered, 0) as delivered
               from agreements a
               left join ${delivered} d
                 on d.agreement_id = a.id
              where ${where}`;
}

/** The filtered agreements in the rollup scope: the base of every rollup. */
function scoped(f: RollupFilters): SQL {
  return withDelivered(agreementWhere(scopeOf(f)));
}

const measures = sql`count(*)::int as count,
  ${money(sql`s.signed_value`)} as signed_value,
  ${money(sql`s.delivered`)} as delivered_value,
  ${money(sql`case when s.value_kind = 'binding' then s.signed_value end`)} as binding_value,
  ${money(sql`case when s.value_kind = 'intended' then s.signed_value end`)} as intended_value`;

type Row = { key: string | number | null; count: number; signed_value: string; delivered_value: string; binding_value: string; intended_value: string; zh?: string; zh_hant?: string; en?: string | null };

function toItem(r: Row): RollupItem {
  return {
    key: r.key === null ? "none" : String(r.key),
    ...(r.zh ? { label: { zh: r.zh, zhHant: r.zh_hant ?? r.zh, en: r.en ?? r.zh } } : {}),
    count: Number(r.count),
    signedValue: r.signed_value,
    deliveredValue: r.delivered_value,
    bindingValue: r.binding_value,
    intendedValue: r.intended_value,
  };
}

/**
 * Count and sums over the agreements `a` matching `where`: the totals of the list, of an event and
 * of a party. `live`: `where` leaves soft-deleted agreements out (as it does everywhere but the deleted view).
 */
export async function sumAgreements(db: DbOrTx, where: SQL, live = true): Promise<ValueTotals> {
  const [r] = await queryRows<Row>(db, sql`with s as (${withDelivered(where, live)}) select ${measures} from s`);
  const { key: _key, label: _label, ...totals } = toItem({ ...r, key: "total" });
  return totals;
}

/**
 * The list's totals line (count and sums over every page): from the cells when they can
 * serve the filters (every status unless some are chosen), else over the matching rows.
 */
export async function sumListed(db: DbOrTx, f: AgreementFilters): Promise<ValueTotals> {
  const { sort: _sort, page: _page, pageSize: _pageSize, cols: _cols, deleted, ...filters } = f;
  const where = deleted === "1" ? null : cells.cellWhere({ ...filters, status: filters.status?.length ? filters.status : [...AGREEMENT_STATUSES] });
  if (!where) return sumAgreements(db, agreementWhere(f), deleted !== "1");
  const [r] = await queryRows<Row>(db, sql`select ${cells.cellMeasures} from rollup_cells c where ${where}`);
  const { key: _key, label: _label, ...totals } = toItem({ ...r, key: "total" });
  return totals;
}

export async function getTotals(db: DbOrTx, f: RollupFilters = {}): Promise<Totals> {
  const scope = scopeOf(f);
  const where = cells.cellWhere(scope);
  // Under a party filter the count is of that party and its co-parties, which the party cells cannot tell.
  const partyWhere = scope.party ? null : cells.partyCellWhere(scope);
  const parties = partyWhere
    ? cells.cellParties(partyWhere)
    : sql`select count(distinct ap.organization_id)::int from agreement_parties ap join agreements a on a.id = ap.agreement_id where ${agreementWhere(scope)}`;
  const [r] = await queryRows<Row & { parties: number; events: number }>(
    db,
    where
      ? cells.cellTotals(where, parties)
      : sql`with s as (${scoped(f)})
        select ${measures}, (${parties}) as parties, count(distinct s.event_id)::int as events from s`,
  );
  const { key: _key, label: _label, ...item } = toItem({ ...r, key: "total" });
  return { ...item, parties: Number(r.parties), events: Number(r.events) };
}

/** One row per category, empty ones included, so the rows add up to the total. */
export async function rollupByCategory(db: DbOrTx, f: RollupFilters = {}): Promise<RollupItem[]> {
  const where = cells.cellWhere(scopeOf(f));
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsByCategory(where, f.category)
      : sql`with s as (${scoped(f)})
        select c.key, c.name_zh as zh, c.name_zh_hant as zh_hant, c.name_en as en,
               count(s.id)::int as count,
               ${money(sql`s.signed_value`)} as signed_value, ${money(sql`s.delivered`)} as delivered_value,
               ${money(sql`case when s.value_kind = 'binding' then s.signed_value end`)} as binding_value,
               ${money(sql`case when s.value_kind = 'intended' then s.signed_value end`)} as intended_value
          from categories c left join s on s.category_id = c.id
         where (c.active or s.id is not null) ${f.category?.length ? sql`and c.key in ${f.category}` : sql``}
         group by c.id
         order by coalesce(sum(s.signed_value), 0) desc, c.sort_order`,
  );
  return rows.map(toItem);
}

/**
 * An agreement counts once per party type among its parties, so these rows may
 * add up to more than the total. Under a party-type filter only the filtered
 * types are shown: a co-party's type row would mean "both types", which no
 * list link can reproduce.
 */
export async function rollupByPartyType(db: DbOrTx, f: RollupFilters = {}): Promise<RollupItem[]> {
  const where = cells.cellWhere(scopeOf(f), { event: false, date: "month", extra: ["partyType"] });
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsByPartyType(where, f.partyType)
      : sql`with s as (${scoped(f)}),
             t as (select distinct ap.agreement_id, o.type from agreement_parties ap join organizations o on o.id = ap.organization_id)
        select t.type::text as key, ${measures}
          from s join t on t.agreement_id = s.id
         ${f.partyType?.length ? sql`where t.type in ${f.partyType}` : sql``}
         group by t.type order by coalesce(sum(s.signed_value), 0) desc, t.type`,
  );
  return rows.map(toItem);
}

export async function rollupByEvent(db: DbOrTx, f: RollupFilters = {}): Promise<RollupItem[]> {
  const where = cells.cellWhere(scopeOf(f));
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsByEvent(where)
      : sql`with s as (${scoped(f)})
        select s.event_id as key, min(e.name_zh) as zh, min(e.name_zh) as zh_hant, min(e.name_en) as en, ${measures}
          from s left join events e on e.id = s.event_id
         group by s.event_id order by coalesce(sum(s.signed_value), 0) desc, s.event_id nulls last`,
  );
  return rows.map(toItem);
}

/** Signing dates are calendar dates in Asia/Shanghai, so the month is read off the date itself. */
export async function rollupByMonth(db: DbOrTx, f: RollupFilters = {}): Promise<RollupItem[]> {
  const where = cells.cellWhere(scopeOf(f));
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsByMonth(where)
      : sql`with s as (${scoped(f)})
        select to_char(s.signed_on, 'YYYY-MM') as key, ${measures}
          from s where s.signed_on is not null
         group by 1 order by 1`,
  );
  return rows.map(toItem);
}

export async function rollupByStatus(db: DbOrTx, f: RollupFilters = {}): Promise<RollupItem[]> {
  const where = cells.cellWhere(scopeOf(f));
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsByStatus(where)
      : sql`with s as (${scoped(f)}) select s.status::text as key, ${measures} from s group by s.status order by s.status`,
  );
  return rows.map(toItem);
}

/** Under a party filter only that party's row is shown, for the same reason as party types. */
export async function topParties(db: DbOrTx, f: RollupFilters = {}, limit = 10): Promise<RollupItem[]> {
  const where = cells.partyCellWhere(scopeOf(f));
  const rows = await queryRows<Row>(
    db,
    where
      ? cells.cellsTopParties(where, limit)
      : sql`with s as (${scoped(f)})
        select o.id as key, min(o.name_zh) as zh, min(o.name_zh) as zh_hant, min(o.name_en) as en, ${measures}
          from s join agreement_parties ap on ap.agreement_id = s.id join organizations o on o.id = ap.organization_id
         ${f.party ? sql`where o.id = ${f.party}` : sql``}
         group by o.id order by coalesce(sum(s.signed_value), 0) desc, count(*) desc, o.id
         limit ${limit}`,
  );
  return rows.map(toItem);
}

/**
 * Agreements in the rollup scope whose delivered value exceeds their signed value:
 * the dashboard's 超额落地 figure. The same WHERE as the list's `overDelivered`
 * filter, so the figure and the list it links to cover the same agreements.
 */
export async function countOverDelivered(db: DbOrTx, f: RollupFilters = {}): Promise<number> {
  const scope = scopeOf(f);
  // rollup_facts has the cells' columns per agreement (the signing day itself), with its delivered total already summed.
  const where = cells.cellWhere(scope, { event: true, date: "day" });
  const [r] = await queryRows<{ count: number }>(
    db,
    where
      ? sql`select count(*)::int as count from rollup_facts c where ${where} and c.delivered_value > c.signed_value`
      : sql`select count(*)::int as count from agreements a where ${agreementWhere({ ...scope, overDelivered: "1" })}`,
  );
  return Number(r.count);
}
