import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";
import { organizations, type Organization } from "../schema";
import { type PartyType } from "@/lib/domain/enums";
import { agreementWhere, likePattern } from "./agreement-filters";
import { organizationPageIds } from "./name-order";
import { SIGNED, sumAgreements } from "./rollups";
import { scopeOf, type RollupFilters, type ValueTotals } from "@/lib/domain/rollups";

export interface OrganizationOption {
  id: number;
  nameZh: string;
  nameEn: string | null;
  shortName: string | null;
  type: PartyType;
  creditCode: string | null;
}

export interface OrganizationListItem extends OrganizationOption {
  city: string | null;
  /** Live, non-draft agreements the organization is party to. */
  agreementCount: number;
  /** Their signed values summed, exact yuan. */
  signedValue: string;
}

export type OrganizationTotals = ValueTotals;

interface Filters {
  q?: string;
  type?: PartyType;
  /** Only the parties of the agreements these filters count (the dashboard's 签约方 figure), with their figures. */
  counted?: RollupFilters;
}

/** The agreements `a` a party's figures cover: those counted under the filters, else every signed one. */
const agreementScope = (counted: RollupFilters | undefined): SQL => (counted ? agreementWhere(scopeOf(counted)) : SIGNED);

/** WHERE for organizations aliased `o`; the ILIKEs are served by the pg_trgm indexes. */
function organizationWhere({ q, type, counted }: Filters): SQL {
  const parts: SQL[] = [sql`true`];
  if (q) {
    const like = likePattern(q);
    // Aliases (names of merged duplicates) still find the organisation they were merged into.
    parts.push(sql`(o.name_zh ilike ${like} or o.name_en ilike ${like} or o.short_name ilike ${like} or o.credit_code ilike ${like}
      or exists (select 1 from organization_aliases al where al.organization_id = o.id and al.name ilike ${like}))`);
  }
  if (type) parts.push(sql`o.type = ${type}`);
  // The same rows getTotals counts as parties: every party of a counted agreement.
  if (counted) parts.push(sql`o.id in (select ap.organization_id from agreement_parties ap join agreements a on a.id = ap.agreement_id where ${agreementScope(counted)})`);
  return sql.join(parts, sql` and `);
}

type OptionRow = { id: number; name_zh: string; name_en: string | null; short_name: string | null; type: PartyType; credit_code: string | null };

const toOption = (r: OptionRow): OrganizationOption => ({
  id: Number(r.id),
  nameZh: r.name_zh,
  nameEn: r.name_en,
  shortName: r.short_name,
  type: r.type,
  creditCode: r.credit_code,
});

/**
 * Organizations for a picker: names starting with the term first (people type
 * the beginning of "马上消金"), then shorter names, then the rest.
 */
export async function searchOrganizations(db: DbOrTx, opts: Filters & { limit: number }): Promise<OrganizationOption[]> {
  const q = opts.q ?? "";
  const rows = await queryRows<OptionRow>(
    db,
    sql`select o.id, o.name_zh, o.name_en, o.short_name, o.type, o.credit_code
          from organizations o
         where ${organizationWhere(opts)}
         order by (strpos(lower(o.name_zh), lower(${q}::text)) = 1 or strpos(lower(coalesce(o.short_name, '')), lower(${q}::text)) = 1) desc,
                  char_length(o.name_zh), o.name_zh, o.id
         limit ${opts.limit}`,
  );
  return rows.map(toOption);
}

/** One page of organizations with their agreement count and signed value, and the total over all pages. */
export async function listOrganizations(
  db: DbOrTx,
  opts: Filters & { page: number; pageSize: number },
): Promise<{ items: OrganizationListItem[]; total: number }> {
  const where = organizationWhere(opts);
  const [{ total }] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from organizations o where ${where}`);
  // Page first, then aggregate: only this page's organizations are joined to their agreements.
  const ids = await organizationPageIds(db, where, opts);
  const idArray = sql`array[${sql.join(ids.map((id) => sql`${id}::int`), sql`, `)}]::int[]`;
  const rows = await queryRows<OptionRow & { city: string | null; agreement_count: number; signed_value: string }>(
    db,
    sql`with page as (
          select o.*, array_position(${idArray}, o.id) as rank
            from organizations o where o.id = any(${idArray})
        )
        select o.id, o.name_zh, o.name_en, o.short_name, o.type, o.credit_code, o.city,
               count(a.id)::int as agreement_count,
               coalesce(sum(a.signed_value), 0)::numeric(38,2)::text as signed_value
          from page o
          left join agreement_parties ap on ap.organization_id = o.id
          left join agreements a on a.id = ap.agreement_id and ${agreementScope(opts.counted)}
         group by o.id, o.name_zh, o.name_en, o.short_name, o.type, o.credit_code, o.city, o.rank
         order by o.rank`,
  );
  return {
    items: rows.map((r) => ({ ...toOption(r), city: r.city, agreementCount: Number(r.agreement_count), signedValue: r.signed_value })),
    total: Number(total),
  };
}

export async function getOrganization(db: DbOrTx, id: number): Promise<Organization | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row ?? null;
}

/**
 * What an organization has signed: live, non-draft agreements it is party to,
 * their signed value, and the delivered value of their progress updates.
 */
export async function getOrganizationTotals(db: DbOrTx, id: number): Promise<OrganizationTotals> {
  return sumAgreements(
    db,
    sql`${SIGNED} and exists (select 1 from agreement_parties ap where ap.agreement_id = a.id and ap.organization_id = ${id})`,
  );
}
