import "server-only";
import { sql } from "drizzle-orm";
import type { AgreementStatus, ValueKind } from "@/lib/domain/enums";
import type { ExportRow } from "@/lib/spreadsheets/export-row";
import type { AgreementFilters } from "@/lib/validation/agreement-filters";
import { queryRows, type DbOrTx } from "../client";
import { agreementWhere } from "./agreement-filters";
import { AGREEMENT_ORDER } from "./agreements";

/** Rows loaded per query: a 100,000-row export holds at most this many at once. */
export const EXPORT_BATCH = 1_000;

/**
 * The ids of every agreement the list shows under `filters`, in the list's
 * order (all pages). 100,000 ids are under a megabyte; the rows themselves are
 * loaded a batch at a time by {@link loadExportBatch}.
 */
export async function listExportIds(db: DbOrTx, f: AgreementFilters): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`select a.id from agreements a where ${agreementWhere(f)} order by ${AGREEMENT_ORDER[f.sort]}`);
  return rows.map((r) => Number(r.id));
}

/** The rows for `ids`, in the order given. */
export async function loadExportBatch(db: DbOrTx, ids: number[]): Promise<ExportRow[]> {
  if (!ids.length) return [];
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select a.id, a.reference, a.title_zh, a.title_en, a.summary, a.status, a.value_kind,
               a.signed_on::text as signed_on, a.term_start::text as term_start, a.term_end::text as term_end,
               a.signed_value::text as signed_value,
               c.name_zh as category_zh, c.name_zh_hant as category_zh_hant, c.name_en as category_en,
               e.name_zh as event_zh, e.name_en as event_en, u.name as owner_name, u.email as owner_email,
               coalesce((select json_agg(json_build_object('nameZh', o.name_zh, 'nameEn', o.name_en, 'isLead', ap.is_lead) order by ap.position)
                           from agreement_parties ap join organizations o on o.id = ap.organization_id
                          where ap.agreement_id = a.id), '[]'::json) as parties
          from agreements a
          join categories c on c.id = a.category_id
          left join events e on e.id = a.event_id
          left join users u on u.id = a.owner_id
         where a.id in ${ids}`,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        reference: String(r.reference),
        titleZh: String(r.title_zh),
        titleEn: (r.title_en as string | null) ?? null,
        summary: (r.summary as string | null) ?? null,
        category: { zh: String(r.category_zh), zhHant: String(r.category_zh_hant), en: String(r.category_en) },
        event: r.event_zh == null ? null : { zh: String(r.event_zh), en: (r.event_en as string | null) ?? null },
        status: r.status as AgreementStatus,
        signedOn: (r.signed_on as string | null) ?? null,
        termStart: (r.term_start as string | null) ?? null,
        termEnd: (r.term_end as string | null) ?? null,
        signedValue: (r.signed_value as string | null) ?? null,
        valueKind: r.value_kind as ValueKind,
        parties: (typeof r.parties === "string" ? JSON.parse(r.parties) : r.parties) as ExportRow["parties"],
        owner: r.owner_name == null ? null : { name: String(r.owner_name), email: String(r.owner_email) },
      },
    ];
  });
}
