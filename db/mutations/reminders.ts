import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { DEFAULT_STALE_DAYS, type SnoozeDays } from "@/lib/domain/reminders";
import { DomainError } from "@/lib/domain-error";
import { queryRows, type Db, type DbOrTx, type Tx } from "../client";
import { OVER_DELIVERED } from "../queries/delivered";
import { agreements, reminderSettings, reminders } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

/** Agreements that are running: signed or in execution, not deleted. */
const RUNNING = sql`a.deleted_at is null and a.status in ('signed', 'in_execution')`;

export async function getStaleDays(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ staleDays: reminderSettings.staleDays }).from(reminderSettings).where(eq(reminderSettings.id, 1));
  return row?.staleDays ?? DEFAULT_STALE_DAYS;
}

/**
 * Raises every reminder due on `today` (a Shanghai date) that was not raised
 * before, and queues each new one for every active channel, in one transaction.
 * The unique (agreement, rule, threshold) key makes a second or concurrent run
 * raise nothing. For a term end only the tightest threshold that applies is raised
 * (an agreement entered 5 days before its end gets the 7-day reminder, not three).
 */
export async function raiseDueReminders(db: Db, today: string, now: Date = new Date()): Promise<number[]> {
  return db.transaction(async (tx) => {
    const staleDays = await getStaleDays(tx);
    const d = sql`${today}::date`;
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`insert into reminders (agreement_id, rule, threshold, raised_on)
          select a.id, 'term_end'::reminder_rule,
                 case when a.term_end - ${d} <= 7 then 7 when a.term_end - ${d} <= 30 then 30 else 90 end, ${d}
            from agreements a
           where ${RUNNING} and a.term_end between ${d} and ${d} + 90
          union all
          select a.id, 'no_progress'::reminder_rule, ${staleDays}::int, ${d}
            from agreements a
           where ${RUNNING} and a.signed_on <= ${d} - ${staleDays}::int
             and not exists (select 1 from progress_updates p
                              where p.agreement_id = a.id and p.withdrawn_at is null and p.occurred_on > ${d} - ${staleDays}::int)
          union all
          select a.id, 'over_delivered'::reminder_rule, 0, ${d}
            from agreements a
           where a.deleted_at is null and a.status <> 'draft' and ${OVER_DELIVERED}
          on conflict do nothing
          returning id`,
    );
    const ids = rows.map((r) => Number(r.id));
    if (ids.length) await enqueue(tx, ids, now);
    return ids;
  });
}

/** Queues new reminders for every active channel, due at once (`now`, the job's clock). */
async function enqueue(tx: Tx, reminderIds: number[], now: Date): Promise<void> {
  await tx.execute(sql`insert into reminder_deliveries (reminder_id, channel_id, next_attempt_at)
                       select r.id, c.id, ${now.toISOString()}::timestamptz from reminders r cross join notification_channels c
                        where r.id in ${reminderIds} and c.active
                       on conflict do nothing`);
}

/** The reminder, if it belongs to an agreement `userId` owns (only the owner dismisses or snoozes it). */
async function ownReminder(tx: Tx, userId: number, id: number) {
  const [row] = await tx
    .select({ id: reminders.id, agreementId: reminders.agreementId })
    .from(reminders)
    .innerJoin(agreements, eq(agreements.id, reminders.agreementId))
    .where(and(eq(reminders.id, id), eq(agreements.ownerId, userId), isNull(reminders.dismissedAt)))
    .for("update", { of: reminders });
  if (!row) throw new DomainError("notFound", "notFound");
  return row;
}

/** Done with: the reminder leaves the owner's list for good (it is never raised again). */
export async function dismissReminder(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const row = await ownReminder(tx, actor.id, id);
    await tx.update(reminders).set({ dismissedAt: sql`now()`, dismissedBy: actor.id }).where(eq(reminders.id, id));
    await appendAudit(tx, { actorId: actor.id, action: "reminder_dismiss", entity: "reminder", entityId: id, after: { agreementId: row.agreementId } });
    return { id };
  });
}

/** Hidden until `today + days` (Shanghai dates), then shown again. */
export async function snoozeReminder(db: Db, actor: Actor, id: number, days: SnoozeDays, today: string) {
  return db.transaction(async (tx) => {
    const row = await ownReminder(tx, actor.id, id);
    const [{ until }] = await queryRows<{ until: string }>(tx, sql`select (${today}::date + ${days}::int)::text as until`);
    await tx.update(reminders).set({ snoozedUntil: until }).where(eq(reminders.id, id));
    await appendAudit(tx, { actorId: actor.id, action: "reminder_snooze", entity: "reminder", entityId: id, after: { agreementId: row.agreementId, until } });
    return { id, until };
  });
}

/** Admins set N of "no progress for N days"; reminders already raised keep their threshold. */
export async function updateReminderSettings(db: Db, actor: Actor, staleDays: number) {
  return db.transaction(async (tx) => {
    const before = await getStaleDays(tx);
    await tx
      .insert(reminderSettings)
      .values({ id: 1, staleDays, updatedBy: actor.id })
      .onConflictDoUpdate({ target: reminderSettings.id, set: { staleDays, updatedBy: actor.id, updatedAt: sql`now()` } });
    await appendAudit(tx, { actorId: actor.id, action: "update", entity: "reminder_settings", entityId: 1, before: { staleDays: before }, after: { staleDays } });
    return { staleDays };
  });
}
