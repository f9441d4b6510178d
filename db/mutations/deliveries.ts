import "server-only";
import { eq, sql } from "drizzle-orm";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMinutes, type ChannelKind, type ReminderRule } from "@/lib/domain/reminders";
import { DomainError } from "@/lib/domain-error";
import { appBaseUrl, reminderText, testText } from "@/lib/notify/message";
import { displayUrl, sendMessage, type Outgoing, type SendResult } from "@/lib/notify/send";
import type { ChannelInput } from "@/lib/validation/reminders";
import { queryRows, type Db } from "../client";
import { deliveryAttempts, notificationChannels, reminderDeliveries } from "../schema";
import type { Actor } from "./audit";
import { appendAudit } from "./audit";

/** How long a claim holds before another run may take over a delivery whose sender died. */
const CLAIM_MINUTES = 5;
const BATCH = 20;

interface Claimed {
  id: number;
  attempts: number;
  kind: ChannelKind;
  url: string;
  secret: string | null;
  reminder_id: number | null;
  rule: ReminderRule | null;
  threshold: number | null;
  agreement_id: number | null;
  reference: string | null;
  title_zh: string | null;
  term_end: string | null;
  owner_name: string | null;
}

/**
 * Takes up to BATCH due deliveries for this run: `FOR UPDATE SKIP LOCKED` picks
 * rows no other run holds, and the same statement marks them `sending` with a
 * claim, so two runs at once never send one delivery twice. A claim left by a
 * run that died lapses after CLAIM_MINUTES.
 */
async function claimDue(db: Db, now: Date): Promise<Claimed[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  return queryRows<Claimed>(
    db,
    sql`with due as (
          select id from reminder_deliveries
           where reminder_id is not null
             and ((state = 'pending' and next_attempt_at <= ${at}) or (state = 'sending' and claimed_until < ${at}))
           order by id limit ${BATCH}
           for update skip locked),
        claimed as (
          update reminder_deliveries d
             set state = 'sending', attempts = d.attempts + 1, claimed_until = ${at} + make_interval(mins => ${CLAIM_MINUTES})
            from due where d.id = due.id
          returning d.id, d.attempts, d.channel_id, d.reminder_id)
        select c.id, c.attempts, ch.kind, ch.url, ch.secret, c.reminder_id, r.rule, r.threshold,
               a.id as agreement_id, a.reference, a.title_zh, a.term_end::text as term_end, u.name as owner_name
          from claimed c
          join notification_channels ch on ch.id = c.channel_id
          left join reminders r on r.id = c.reminder_id
          left join agreements a on a.id = r.agreement_id
          left join users u on u.id = a.owner_id
         order by c.id`,
  );
}

function messageOf(row: Claimed): Outgoing {
  const base = appBaseUrl();
  const m = {
    rule: row.rule!,
    threshold: Number(row.threshold),
    agreementId: Number(row.agreement_id),
    reference: row.reference ?? "",
    title: row.title_zh ?? "",
    ownerName: row.owner_name,
    termEnd: row.term_end,
  };
  const text = reminderText(m, base);
  return { ...text, data: { reminder: { id: Number(row.reminder_id), rule: m.rule, threshold: m.threshold, agreement: { id: m.agreementId, reference: m.reference, title: m.title, owner: m.ownerName, termEnd: m.termEnd, url: text.url } } } };
}

/** Records one attempt and moves the delivery on: sent, back to pending after a wait, or failed for good. */
async function settle(db: Db, id: number, attempts: number, result: SendResult, now: Date): Promise<"sent" | "retry" | "failed"> {
  const outcome = result.ok ? "sent" : attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "retry";
  await db.transaction(async (tx) => {
    await tx.insert(deliveryAttempts).values({ deliveryId: id, at: now, ok: result.ok, httpStatus: result.httpStatus, error: result.ok ? null : result.error });
    await tx
      .update(reminderDeliveries)
      .set(
        outcome === "sent"
          ? { state: "sent", sentAt: now, claimedUntil: null, lastError: null }
          : outcome === "failed"
            ? { state: "failed", claimedUntil: null, lastError: result.ok ? null : result.error }
            : { state: "pending", claimedUntil: null, lastError: result.ok ? null : result.error, nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000) },
      )
      .where(eq(reminderDeliveries.id, id));
  });
  return outcome;
}

export interface SendSummary {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends every due delivery, batch by batch, until none is left for `now` (the
 * clock is a parameter so tests can step through the backoff).
 */
export async function sendDueDeliveries(db: Db, now: Date = new Date()): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, retried: 0, failed: 0 };
  for (let batch = await claimDue(db, now); batch.length; batch = await claimDue(db, now)) {
    for (const row of batch) {
      const result = await sendMessage({ kind: row.kind, url: row.url, secret: row.secret }, messageOf(row), now.getTime());
      const outcome = await settle(db, Number(row.id), Number(row.attempts), result, now);
      summary[outcome === "retry" ? "retried" : outcome] += 1;
    }
  }
  return summary;
}

/** "发送测试消息": one attempt now, recorded like any delivery so admins see it among the attempts. */
export async function sendTestMessage(db: Db, actor: Actor, channelId: number, now: Date = new Date()): Promise<SendResult> {
  const [channel] = await db.select().from(notificationChannels).where(eq(notificationChannels.id, channelId));
  if (!channel) throw new DomainError("notFound", "notFound");
  const [row] = await db
    .insert(reminderDeliveries)
    .values({ channelId, state: "sending", attempts: 1, claimedUntil: now })
    .returning({ id: reminderDeliveries.id });
  const result = await sendMessage(channel, testText(appBaseUrl()), now.getTime());
  await settle(db, row.id, MAX_DELIVERY_ATTEMPTS, result, now);
  await appendAudit(db, { actorId: actor.id, action: "test", entity: "notification_channel", entityId: channelId, after: { ok: result.ok } });
  return result;
}

export async function createChannel(db: Db, actor: Actor, input: ChannelInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notificationChannels)
      .values({ kind: input.kind, name: input.name, url: input.url, secret: input.secret ?? null, createdBy: actor.id })
      .returning({ id: notificationChannels.id });
    // Neither the secret nor the URL's access token goes into the audit log.
    await appendAudit(tx, { actorId: actor.id, action: "create", entity: "notification_channel", entityId: row.id, after: { kind: input.kind, name: input.name, url: displayUrl(input.url), secret: Boolean(input.secret) } });
    return { id: row.id };
  });
}

/** Removes a channel with its queued deliveries and their attempts. */
export async function deleteChannel(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(notificationChannels).where(eq(notificationChannels.id, id)).returning();
    if (!row) throw new DomainError("notFound", "notFound");
    await appendAudit(tx, { actorId: actor.id, action: "delete", entity: "notification_channel", entityId: id, before: { kind: row.kind, name: row.name, url: displayUrl(row.url) } });
    return { id };
  });
}
