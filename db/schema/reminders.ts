import { sql } from "drizzle-orm";
import { bigserial, boolean, check, date, index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { CHANNEL_KINDS, DEFAULT_STALE_DAYS, DELIVERY_STATES, REMINDER_RULES } from "../../lib/domain/reminders";
import { agreements } from "./agreements";
import { createdAt } from "./columns";
import { users } from "./users";

export const reminderRuleEnum = pgEnum("reminder_rule", REMINDER_RULES);
export const channelKindEnum = pgEnum("channel_kind", CHANNEL_KINDS);
export const deliveryStateEnum = pgEnum("delivery_state", DELIVERY_STATES);

/**
 * A reminder raised for an agreement by a rule at a threshold (days before the
 * term end; the staleness days; 0 for over-delivery). Raised once: the unique key
 * makes a second or concurrent job run a no-op. It is shown to the agreement's
 * current owner until dismissed; a snooze hides it until that (Shanghai) day.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: serial("id").primaryKey(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    rule: reminderRuleEnum("rule").notNull(),
    threshold: integer("threshold").notNull(),
    /** The Shanghai day the job raised it on. */
    raisedOn: date("raised_on").notNull(),
    raisedAt: createdAt(),
    snoozedUntil: date("snoozed_until"),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
    dismissedBy: integer("dismissed_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("reminders_once_uq").on(t.agreementId, t.rule, t.threshold),
    index("reminders_open_idx").on(t.agreementId).where(sql`${t.dismissedAt} is null`),
  ],
);

/** The single row of reminder settings (id = 1). */
export const reminderSettings = pgTable(
  "reminder_settings",
  {
    id: integer("id").primaryKey().default(1),
    staleDays: integer("stale_days").notNull().default(DEFAULT_STALE_DAYS),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("reminder_settings_one_row", sql`${t.id} = 1`)],
);

/** A group robot or webhook reminders are sent to. The secret signs (钉钉, webhook) and is never shown again. */
export const notificationChannels = pgTable("notification_channels", {
  id: serial("id").primaryKey(),
  kind: channelKindEnum("kind").notNull(),
  name: text("name").notNull(),
  url: text("url").notNull(),
  secret: text("secret"),
  active: boolean("active").notNull().default(true),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
});

/**
 * The outbox: one row per reminder and channel (unique, so enqueueing twice adds
 * nothing), or a test message (no reminder). A sender claims due rows with
 * `FOR UPDATE SKIP LOCKED`, so two job runs never send the same row.
 */
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: serial("id").primaryKey(),
    reminderId: integer("reminder_id").references(() => reminders.id, { onDelete: "cascade" }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => notificationChannels.id, { onDelete: "cascade" }),
    state: deliveryStateEnum("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** While `sending`: when a crashed sender's claim lapses and another may try again. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reminder_deliveries_once_uq").on(t.reminderId, t.channelId),
    index("reminder_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.state} in ('pending', 'sending')`),
  ],
);

/** Every attempt to deliver, for admins: when, the HTTP status, and what went wrong. */
export const deliveryAttempts = pgTable(
  "delivery_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    deliveryId: integer("delivery_id")
      .notNull()
      .references(() => reminderDeliveries.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    ok: boolean("ok").notNull(),
    httpStatus: integer("http_status"),
    error: text("error"),
  },
  (t) => [index("delivery_attempts_delivery_idx").on(t.deliveryId)],
);
