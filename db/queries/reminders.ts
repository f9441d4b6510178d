import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { ReminderRule } from "@/lib/domain/reminders";
import { queryRows, type DbOrTx } from "../client";

export interface ReminderItem {
  id: number;
  rule: ReminderRule;
  threshold: number;
  raisedOn: string;
  snoozedUntil: string | null;
  dismissedAt: string | null;
  agreementId: number;
  reference: string;
  titleZh: string;
  titleEn: string | null;
  termEnd: string | null;
  ownerId: number | null;
  ownerName: string | null;
}

/** Shown now: not dismissed, not snoozed past `today`, its agreement not deleted. */
const OPEN = (today: string) => sql`r.dismissed_at is null and (r.snoozed_until is null or r.snoozed_until <= ${today}::date) and a.deleted_at is null`;

async function select(db: DbOrTx, where: SQL, limit: number): Promise<ReminderItem[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select r.id, r.rule, r.threshold, r.raised_on::text as raised_on, r.snoozed_until::text as snoozed_until, r.dismissed_at,
               a.id as agreement_id, a.reference, a.title_zh, a.title_en, a.term_end::text as term_end, a.owner_id, u.name as owner_name
          from reminders r
          join agreements a on a.id = r.agreement_id
          left join users u on u.id = a.owner_id
         where ${where}
         order by r.raised_on desc, a.term_end asc nulls last, r.id desc
         limit ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    rule: r.rule as ReminderRule,
    threshold: Number(r.threshold),
    raisedOn: String(r.raised_on),
    snoozedUntil: (r.snoozed_until as string | null) ?? null,
    dismissedAt: r.dismissed_at == null ? null : new Date(r.dismissed_at as string).toISOString(),
    agreementId: Number(r.agreement_id),
    reference: String(r.reference),
    titleZh: String(r.title_zh),
    titleEn: (r.title_en as string | null) ?? null,
    termEnd: (r.term_end as string | null) ?? null,
    ownerId: r.owner_id == null ? null : Number(r.owner_id),
    ownerName: (r.owner_name as string | null) ?? null,
  }));
}

/** The reminders a person sees now: those of the agreements they own (负责人). */
export function listMyReminders(db: DbOrTx, userId: number, today: string, limit = 200): Promise<ReminderItem[]> {
  return select(db, sql`a.owner_id = ${userId} and ${OPEN(today)}`, limit);
}

/** The header bell's number. */
export async function countMyReminders(db: DbOrTx, userId: number, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reminders r join agreements a on a.id = r.agreement_id where a.owner_id = ${userId} and ${OPEN(today)}`,
  );
  return Number(row?.n ?? 0);
}

/** For BI (GET /api/v1/reminders): every open reminder, and every one raised in the last `days` days whatever its state. */
export async function listApiReminders(db: DbOrTx, today: string, days = 30) {
  return {
    due: await select(db, OPEN(today), 1000),
    recent: await select(db, sql`r.raised_on > ${today}::date - ${days}::int and a.deleted_at is null`, 1000),
  };
}
