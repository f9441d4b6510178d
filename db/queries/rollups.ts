import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";

/** Agreements that count as signed: past draft, not soft-deleted. */
export const SIGNED = sql`a.status <> 'draft' and a.deleted_at is null`;

export interface Label {
  zh: string;
  zhHant: string;
  en: string;
}

export interface RollupItem {
  key: string;
  label: Label;
  count: number;
  /** Exact yuan, two decimals. */
  signedValue: string;
}

export interface Totals {
  count: number;
  signedValue: string;
  parties: number;
}

export async function getTotals(db: DbOrTx): Promise<Totals> {
  const [row] = await queryRows<{ count: number; signed_value: string; parties: number }>(
    db,
    sql`select count(*)::int as count,
               coalesce(sum(a.signed_value), 0)::numeric(38,2)::text as signed_value,
               (select count(distinct ap.organization_id)::int
                  from agreement_parties ap join agreements a on a.id = ap.agreement_id
                 where ${SIGNED}) as parties
          from agreements a
         where ${SIGNED}`,
  );
  return { count: Number(row.count), signedValue: row.signed_value, parties: Number(row.parties) };
}

/** One row per category (empty ones included), so the rows add up to the total. */
export async function rollupByCategory(db: DbOrTx): Promise<RollupItem[]> {
  const rows = await queryRows<{
    key: string;
    name_zh: string;
    name_zh_hant: string;
    name_en: string;
    count: number;
    signed_value: string;
  }>(
    db,
    sql`select c.key, c.name_zh, c.name_zh_hant, c.name_en,
               count(a.id)::int as count,
               coalesce(sum(a.signed_value), 0)::numeric(38,2)::text as signed_value
          from categories c
          left join agreements a on a.category_id = c.id and ${SIGNED}
         group by c.id
         order by coalesce(sum(a.signed_value), 0) desc, c.sort_order`,
  );
  return rows.map((r) => ({
    key: r.key,
    label: { zh: r.name_zh, zhHant: r.name_zh_hant, en: r.name_en },
    count: Number(r.count),
    signedValue: r.signed_value,
  }));
}
