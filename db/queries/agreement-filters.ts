import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AgreementFilters } from "@/lib/validation/agreement-filters";
import { OVER_DELIVERED } from "./delivered";

/** `%term%` for ILIKE with the user's % and _ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause for agreements aliased `a`, shared by the list, its sum and
 * the rollups, so a figure and the list behind it always cover the same rows.
 */
export function agreementWhere(f: Partial<AgreementFilters>): SQL {
  const parts: SQL[] = [f.deleted === "1" ? sql`a.deleted_at is not null` : sql`a.deleted_at is null`];
  if (f.q) {
    const like = likePattern(f.q);
    // Party names are matched once (a hashed subplan), not once per agreement row.
    parts.push(sql`(a.reference ilike ${like} or a.title_zh ilike ${like} or a.title_en ilike ${like}
      or a.id in (select sp.agreement_id from agreement_parties sp join organizations so on so.id = sp.organization_id
                   where so.name_zh ilike ${like} or so.name_en ilike ${like} or so.short_name ilike ${like}
                      or so.id in (select al.organization_id from organization_aliases al where al.name ilike ${like})))`);
  }
  if (f.category?.length) {
    parts.push(sql`a.category_id in (select id from categories where key in ${f.category})`);
  }
  if (f.status?.length) parts.push(sql`a.status in ${f.status}`);
  if (f.event === "none") parts.push(sql`a.event_id is null`);
  else if (f.event) parts.push(sql`a.event_id = ${f.event}`);
  if (f.partyType?.length) {
    parts.push(sql`exists (select 1 from agreement_parties tp join organizations t on t.id = tp.organization_id
                           where tp.agreement_id = a.id and t.type in ${f.partyType})`);
  }
  if (f.party) {
    parts.push(sql`exists (select 1 from agreement_parties pp where pp.agreement_id = a.id and pp.organization_id = ${f.party})`);
  }
  if (f.from) parts.push(sql`a.signed_on >= ${f.from}`);
  if (f.to) parts.push(sql`a.signed_on <= ${f.to}`);
  if (f.minValue) parts.push(sql`a.signed_value >= ${f.minValue}::numeric`);
  if (f.maxValue) parts.push(sql`a.signed_value <= ${f.maxValue}::numeric`);
  if (f.termEndFrom) parts.push(sql`a.term_end >= ${f.termEndFrom}`);
  if (f.termEndTo) parts.push(sql`a.term_end <= ${f.termEndTo}`);
  if (f.overDelivered === "1") parts.push(OVER_DELIVERED);
  if (f.owner === "me") throw new Error("owner=me reached a query: resolve it with forViewer() first");
  if (f.owner) parts.push(sql`a.owner_id = ${f.owner}`);
  return sql.join(parts, sql` and `);
}
