import "server-only";
import { sql } from "drizzle-orm";
import type { AgreementStatus, PartyType, ValueKind } from "@/lib/domain/enums";
import { queryRows, type DbOrTx } from "../client";
import type { AgreementFilters, Sort } from "@/lib/validation/agreement-filters";
import { agreementWhere } from "./agreement-filters";
import { deliveredOf } from "./delivered";
import { sumAgreements } from "./rollups";

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

const ORDER: Record<Sort, ReturnType<typeof sql>> = {
  date_desc: sql`a.signed_on desc nulls last, a.reference desc`,
  date_asc: sql`a.signed_on asc nulls last, a.reference asc`,
  value_desc: sql`a.signed_value desc nulls last, a.reference asc`,
  value_asc: sql`a.signed_value asc nulls last, a.reference asc`,
  reference_asc: sql`a.reference asc`,
  reference_desc: sql`a.reference desc`,
};

/** One page of agreements under the filters, with the count and sum over every page. */
export async function listAgreements(db: DbOrTx, f: AgreementFilters): Promise<AgreementPage> {
  const where = agreementWhere(f);
  const totals = await sumAgreements(db, where);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select a.id, a.reference, a.title_zh, a.title_en, a.status, a.signed_on::text as signed_on,
               a.signed_value::text as signed_value, a.value_kind, a.event_id,
               c.key as category_key, c.name_zh as category_zh, c.name_zh_hant as category_zh_hant, c.name_en as category_en,
               e.name_zh as event_name_zh, a.owner_id, ou.name as owner_name,
               ${deliveredOf(sql`a.id`)}::numeric(38,2)::text as delivered_value,
               coalesce((select json_agg(json_build_object('id', o.id, 'nameZh', o.name_zh, 'nameEn', o.name_en, 'type', o.type, 'position', ap.position) order by ap.position)
                           from agreement_parties ap join organizations o on o.id = ap.organization_id
                          where ap.agreement_id = a.id), '[]'::json) as parties
          from agreements a
          join categories c on c.id = a.category_id
          left join events e on e.id = a.event_id
          left join users ou on ou.id = a.owner_id
         where ${where}
         order by ${ORDER[f.sort]}
         limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      reference: String(r.reference),
      titleZh: String(r.title_zh),
      titleEn: (r.title_en as string | null) ?? null,
      categoryKey: String(r.category_key),
      categoryZh: String(r.category_zh),
      categoryZhHant: String(r.category_zh_hant),
      categoryEn: String(r.category_en),
      eventId: r.event_id == null ? null : Number(r.event_id),
      eventNameZh: (r.event_name_zh as string | null) ?? null,
      status: r.status as AgreementStatus,
      signedOn: (r.signed_on as string | null) ?? null,
      signedValue: (r.signed_value as string | null) ?? null,
      valueKind: r.value_kind as ValueKind,
      deliveredValue: String(r.delivered_value),
      owner: r.owner_id == null ? null : { id: Number(r.owner_id), name: String(r.owner_name) },
      parties: (typeof r.parties === "string" ? JSON.parse(r.parties) : r.parties) as AgreementListParty[],
    })),
    page: f.page,
    pageSize: f.pageSize,
    total: totals.count,
    signedValue: totals.signedValue,
    bindingValue: totals.bindingValue,
    intendedValue: totals.intendedValue,
    deliveredValue: totals.deliveredValue,
  };
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
