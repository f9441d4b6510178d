/**
 * Reminder vocabulary (issue 9): the rules a reminder is raised by, their
 * thresholds, and the channels reminders are delivered to. Shared by the schema,
 * the job, the forms and the pages.
 */

export const REMINDER_RULES = ["term_end", "no_progress", "over_delivered"] as const;
export type ReminderRule = (typeof REMINDER_RULES)[number];

/** Days before the term end at which a reminder is raised; only the tightest that applies is raised. */
export const TERM_END_THRESHOLDS = [90, 30, 7] as const;

/** Default for "signed, and no progress for N days"; admins change it at /admin/notifications. */
export const DEFAULT_STALE_DAYS = 90;
export const MIN_STALE_DAYS = 7;
export const MAX_STALE_DAYS = 3650;

export const SNOOZE_DAYS = [1, 7] as const;
export type SnoozeDays = (typeof SNOOZE_DAYS)[number];

export const CHANNEL_KINDS = ["wecom", "dingtalk", "webhook"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const DELIVERY_STATES = ["pending", "sending", "sent", "failed"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** A delivery is tried this many times, waiting longer after each failure, then recorded as failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** Minutes to wait before attempt n + 1 after n failures: 1, 5, 30, 120 (then it has failed for good). */
export function retryDelayMinutes(failures: number): number {
  return [1, 5, 30, 120][Math.min(failures, 4) - 1] ?? 120;
}
