import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";
import { agreementWhere } from "./agreement-filters";
import { scopeOf, type RollupFilters } from "@/lib/domain/rollups";

export interface TermItem {
  id: number;
  reference: string;
  titleZh: string;
  titleEn: string | null;
  termEnd: string;
  status: string;
}

export interface ExpiringTerms {
  /** Term ends within the next 90 days and the agreement is still running. */
  soon: TermItem[];
  soonCount: number;
  /** Term has ended, the agreement was signed (not a draft) and nobody marked it completed or terminated. */
  overdue: TermItem[];
  overdueCount: number;
}

/** `today` is the registry's calendar date (Asia/Shanghai), passed in so every viewer sees the same lists. */
export async function getExpiringTerms(db: DbOrTx, f: RollupFilters, today: string, limit = 8): Promise<ExpiringTerms> {
  const where = agreementWhere(scopeOf(f));
  const list = (cond: ReturnType<typeof sql>) =>
    queryRows<{ id: number; reference: string; title_zh: string; title_en: string | null; term_end: string; status: string; total: number }>(
      db,
      sql`select a.id, a.reference, a.title_zh, a.title_en, a.term_end::text as term_end, a.status::text as status, count(*) over ()::int as total
            from agreements a
           where ${where} and a.term_end is not null and ${cond}
           order by a.term_end, a.reference limit ${limit}`,
    );
  const [soon, overdue] = await Promise.all([
    list(sql`a.term_end >= ${today}::date and a.term_end <= ${today}::date + 90 and a.status in ('signed', 'in_execution')`),
    list(sql`a.term_end < ${today}::date and a.status not in ('draft', 'completed', 'terminated')`),
  ]);
  const items = (rows: typeof soon) =>
    rows.map((r) => ({ id: Number(r.id), reference: r.reference, titleZh: r.title_zh, titleEn: r.title_en, termEnd: r.term_end, status: r.status }));
  return { soon: items(soon), soonCount: Number(soon[0]?.total ?? 0), overdue: items(overdue), overdueCount: Number(overdue[0]?.total ?? 0) };
}
