"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { dismissReminder, snoozeReminder } from "@/db/mutations/reminders";
import { guardedAction } from "@/lib/auth/action";
import { todayInShanghai } from "@/lib/dates";
import type { SnoozeDays } from "@/lib/domain/reminders";
import { reminderIdSchema, snoozeSchema } from "@/lib/validation/reminders";

// Any role may own nothing and so act on nothing: the mutation only touches reminders of agreements the user owns.
const ROLES = ["admin", "staff", "executive"] as const;

export const dismissReminderAction = guardedAction({ schema: reminderIdSchema, roles: [...ROLES] }, async (input, user) => {
  const result = await dismissReminder(await getDb(), user, input.id);
  revalidatePath("/", "layout");
  return result;
});

export const snoozeReminderAction = guardedAction({ schema: snoozeSchema, roles: [...ROLES] }, async (input, user) => {
  const result = await snoozeReminder(await getDb(), user, input.id, input.days as SnoozeDays, todayInShanghai());
  revalidatePath("/", "layout");
  return result;
});
