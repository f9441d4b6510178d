import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { PartyType } from "@/lib/domain/enums";
import { queryRows, type DbOrTx } from "../client";

/** Why an existing organisation looks like the one being created. */
export type SimilarReason = "creditCode" | "sameName" | "name" | "alias";

export interface SimilarOrganization {
  id: number;
  nameZh: string;
  nameEn: string | null;
  shortName: string | null;
  type: PartyType;
  creditCode: string | null;
  reason: SimilarReason;
  /** 0–1: pg_trgm similarity of the closest name pair; 0.9 when one name contains the other; 1 for the same name or credit code. */
  score: number;
  /** Agreements (deleted ones included) that list it: tells a real record from a stray one. */
  agreementCount: number;
}

export interface SimilarityProbe {
  nameZh?: string;
  nameEn?: string;
  shortName?: string;
  creditCode?: string;
}

/**
 * Trigram similarity (of names without their legal-form suffix) at which two
 * names are worth a second look. pg_trgm's default 0.3 flags every "重庆X大学"
 * for "重庆大学"; at 0.5 a typo or a changed suffix still shows
 * ("马上消费金融有限公司" for "马上消费金融股份有限公司").
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** A name without the legal-form suffix every company shares, so "…消费金融有限公司" are not alike for that alone. */
const core = (name: SQL) => sql`regexp_replace(lower(${name}), '(股份有限公司|有限责任公司|有限公司|集团)$', '')`;

/**
 * Existing organisations likely to be the one described: the same credit code,
 * or a Chinese, English or short name (or an alias) that is trigram-similar to,
 * contains or is contained in a name typed. Closest first. Containment catches
 * what trigrams miss: "讯飞" inside "科大讯飞股份有限公司".
 */
export async function findSimilarOrganizations(db: DbOrTx, probe: SimilarityProbe, opts: { exceptId?: number; limit?: number } = {}): Promise<SimilarOrganization[]> {
  const terms = [probe.nameZh, probe.nameEn, probe.shortName].map((s) => s?.trim()).filter((s): s is string => Boolean(s && s.length >= 2));
  const code = probe.creditCode?.trim() || null;
  if (!terms.length && !code) return [];
  const termRows = terms.length ? sql.join(terms.map((term) => sql`(${term}::text)`), sql`, `) : sql`(null::text)`;
  const rows = await queryRows<{ id: number; name_zh: string; name_en: string | null; short_name: string | null; type: PartyType; credit_code: string | null; reason: SimilarReason; score: number; agreement_count: number }>(
    db,
    sql`with terms(term) as (values ${termRows}),
         names as (
           select o.id as org_id, n.name, 'name' as reason
             from organizations o cross join lateral (values (o.name_zh), (o.name_en), (o.short_name)) n(name)
            where n.name is not null
           union all
           select al.organization_id, al.name, 'alias' from organization_aliases al
         ),
         scored as (
           select n.org_id,
                  case when lower(n.name) = lower(t.term) and n.reason = 'name' then 'sameName' else n.reason end as reason,
                  case when lower(n.name) = lower(t.term) then 1
                       when char_length(n.name) >= 2 and (strpos(lower(n.name), lower(t.term)) > 0 or strpos(lower(t.term), lower(n.name)) > 0) then 0.9
                       else similarity(${core(sql`n.name`)}, ${core(sql`t.term`)}) end as score
             from names n cross join terms t
            where t.term is not null
           union all
           select o.id, 'creditCode', 1.5 from organizations o where ${code}::text is not null and o.credit_code = ${code}::text
         ),
         best as (
           select distinct on (org_id) org_id, reason, score from scored
            where score >= ${SIMILARITY_THRESHOLD} ${opts.exceptId ? sql`and org_id <> ${opts.exceptId}` : sql``}
            order by org_id, score desc
         )
    select o.id, o.name_zh, o.name_en, o.short_name, o.type, o.credit_code, b.reason, least(b.score, 1)::float8 as score,
           (select count(*)::int from agreement_parties ap where ap.organization_id = o.id) as agreement_count
      from best b join organizations o on o.id = b.org_id
     order by b.score desc, o.name_zh, o.id
     limit ${opts.limit ?? 5}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    nameZh: r.name_zh,
    nameEn: r.name_en,
    shortName: r.short_name,
    type: r.type,
    creditCode: r.credit_code,
    reason: r.reason,
    score: Number(r.score),
    agreementCount: Number(r.agreement_count),
  }));
}
