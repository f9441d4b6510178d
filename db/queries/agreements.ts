import "server-only";
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AgreementStatus, PartyType, ValueKind } from "@/lib/domain/enums";
import { queryRows, type DbOrTx } from "../client";
import { agreementParties, agreements, categories, events, organizations, users } from "../schema";
import type { AgreementFilters, Sort } from "@/lib/validation/agreement-filters";
import { agreementWhere } from "./agreement-filters";
import { deliveredOf } from "./delivered";
import { sumListed } from "./rollups";

export interface AgreementListParty {
  id: number;
  nameZh: string;
  nameEn: string | null;
  type: PartyType;
  position: number;
}

export interface AgreementListItem {
  id: number;
  reference: string;
  titleZh: string;
  titleEn: string | null;
  categoryKey: string;
  categoryZh: string;
  categoryZhHant: string;
  categoryEn: string;
  eventId: number | null;
  eventNameZh: string | null;
  status: AgreementStatus;
  signedOn: string | null;
  termEnd: string | null;
  signedValue: string | null;
  valueKind: ValueKind;
  deliveredValue: string;
  /** 负责人, or null when nobody owns it yet. */
  owner: { id: number; name: string } | null;
  parties: AgreementListParty[];
}

export interface AgreementPage {
  items: AgreementListItem[];
  page: number;
  pageSize: number;
  /** Over all pages. */
  total: number;
  /** Sum of signed values over all pages, exact yuan; then its binding (合同) and intended (意向) parts, and what was delivered. */
  signedValue: string;
  bindingValue: string;
  intendedValue: string;
  deliveredValue: string;
}

/** The list's order for each sort; the export follows it too. */
export const AGREEMENT_ORDER: Record<Sort, ReturnType<typeof sql>> = {
  date_desc: sql`a.signed_on desc nulls last, a.reference desc`,
  date_asc: sql`a.signed_on asc nulls last, a.reference asc`,
  value_desc: sql`a.signed_value desc nulls last, a.reference asc`,
  value_asc: sql`a.signed_value asc nulls last, a.reference asc`,
  reference_asc: sql`a.reference asc`,
  reference_desc: sql`a.reference desc`,
  title_asc: sql`a.title_zh asc, a.reference asc`,
  title_desc: sql`a.title_zh desc, a.reference asc`,
  // Categories in their configured order, statuses in lifecycle order (the enum's).
  category_asc: sql`c.sort_order asc, c.key asc, a.signed_on desc nulls last, a.reference desc`,
  category_desc: sql`c.sort_order desc, c.key desc, a.signed_on desc nulls last, a.reference desc`,
  status_asc: sql`a.status asc, a.signed_on desc nulls last, a.reference desc`,
  status_desc: sql`a.status desc, a.signed_on desc nulls last, a.reference desc`,
  term_end_asc: sql`a.term_end asc nulls last, a.reference asc`,
  term_end_desc: sql`a.term_end desc nulls last, a.reference asc`,
};

const a = alias(agreements, "a");
const c = alias(categories, "c");
const owners = alias(users, "ou");

/** One page of agreements under the filters, with the count and sum over every page. */
export async function listAgreements(db: DbOrTx, f: AgreementFilters): Promise<AgreementPage> {
  const [totals, items] = await Promise.all([
    sumListed(db, f),
    db
      .select({
        id: a.id,
        reference: a.reference,
        titleZh: a.titleZh,
        titleEn: a.titleEn,
        categoryKey: c.key,
        categoryZh: c.nameZh,
        categoryZhHant: c.nameZhHant,
        categoryEn: c.nameEn,
        eventId: a.eventId,
        eventNameZh: events.nameZh,
        status: a.status,
        signedOn: a.signedOn,
        termEnd: a.termEnd,
        signedValue: a.signedValue,
        valueKind: a.valueKind,
        ownerId: a.ownerId,
        ownerName: owners.name,
        deliveredValue: sql<string>`${deliveredOf(sql`${a.id}`)}::numeric(38,2)::text`,
        parties: sql<AgreementListParty[]>`coalesce((
          select json_agg(json_build_object('id', o.id, 'nameZh', o.name_zh, 'nameEn', o.name_en, 'type', o.type, 'position', ap.position) order by ap.position)
            from ${agreementParties} ap join ${organizations} o on o.id = ap.organization_id
           where ap.agreement_id = ${a.id}), '[]'::json)`.mapWith(parseJson<AgreementListParty[]>),
      })
      .from(a)
      .innerJoin(c, eq(c.id, a.categoryId))
      .leftJoin(events, eq(events.id, a.eventId))
      .leftJoin(owners, eq(owners.id, a.ownerId))
      .where(agreementWhere(f))
      .orderBy(AGREEMENT_ORDER[f.sort])
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
  ]);
  return {
    items: items.map(({ ownerId, ownerName, ...item }) => ({ ...item, owner: ownerId == null ? null : { id: ownerId, name: ownerName ?? "" } })),
    page: f.page,
    pageSize: f.pageSize,
    total: totals.count,
    signedValue: totals.signedValue,
    bindingValue: totals.bindingValue,
    intendedValue: totals.intendedValue,
    deliveredValue: totals.deliveredValue,
  };
}

/** json columns arrive parsed from postgres.js and as text from some drivers. */
function parseJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** The next free `CQ-<year>-<seq>` for a year. */
export async function suggestReference(db: DbOrTx, year: number): Promise<string> {
  const prefix = `CQ-${year}-`;
  const [row] = await queryRows<{ max: number | null }>(
    db,
    sql`select max(substring(reference from ${`^${prefix}(\\d+)$`})::int) as max from agreements where reference like ${`${prefix}%`}`,
  );
  return `${prefix}${String(Number(row?.max ?? 0) + 1).padStart(4, "0")}`;
}
