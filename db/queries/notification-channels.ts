import "server-only";
import { sql } from "drizzle-orm";
import type { ChannelKind, DeliveryState, ReminderRule } from "@/lib/domain/reminders";
import { displayUrl } from "@/lib/notify/send";
import { queryRows, type DbOrTx } from "../client";

export interface ChannelRow {
  id: number;
  kind: ChannelKind;
  name: string;
  /** Without the query string, where robots keep their access token. */
  url: string;
  hasSecret: boolean;
  createdAt: string;
}

/** Channels for the admin page; the secret never leaves the database. */
export async function listChannels(db: DbOrTx): Promise<ChannelRow[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, kind, name, url, secret is not null as has_secret, created_at from notification_channels order by id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind as ChannelKind,
    name: String(r.name),
    url: displayUrl(String(r.url)),
    hasSecret: Boolean(r.has_secret),
    createdAt: new Date(r.created_at as string).toISOString(),
  }));
}

export interface DeliveryRow {
  id: number;
  channelName: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  reference: string | null;
  rule: ReminderRule | null;
  threshold: number | null;
  attemptLog: { at: string; ok: boolean; httpStatus: number | null; error: string | null }[];
}

/** The latest deliveries (reminders and test messages) with every attempt, newest first. */
export async function listRecentDeliveries(db: DbOrTx, limit = 30): Promise<DeliveryRow[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select d.id, c.name as channel_name, d.state, d.attempts, d.next_attempt_at, d.last_error, a.reference, r.rule, r.threshold,
               coalesce((select json_agg(json_build_object('at', t.at, 'ok', t.ok, 'httpStatus', t.http_status, 'error', t.error) order by t.id)
                           from delivery_attempts t where t.delivery_id = d.id), '[]'::json) as attempt_log
          from reminder_deliveries d
          join notification_channels c on c.id = d.channel_id
          left join reminders r on r.id = d.reminder_id
          left join agreements a on a.id = r.agreement_id
         order by d.id desc
         limit ${limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    channelName: String(r.channel_name),
    state: r.state as DeliveryState,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at as string).toISOString(),
    lastError: (r.last_error as string | null) ?? null,
    reference: (r.reference as string | null) ?? null,
    rule: (r.rule as ReminderRule | null) ?? null,
    threshold: r.threshold == null ? null : Number(r.threshold),
    attemptLog: (typeof r.attempt_log === "string" ? JSON.parse(r.attempt_log) : r.attempt_log) as DeliveryRow["attemptLog"],
  }));
}
