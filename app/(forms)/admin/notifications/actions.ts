"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createChannel, deleteChannel, sendTestMessage } from "@/db/mutations/deliveries";
import { runReminderJob } from "@/db/mutations/reminder-job";
import { updateReminderSettings } from "@/db/mutations/reminders";
import { guardedAction } from "@/lib/auth/action";
import { channelIdSchema, channelSchema, reminderSettingsSchema } from "@/lib/validation/reminders";
import { z } from "zod";

const PAGE = "/admin/notifications";

export const createChannelAction = guardedAction({ schema: channelSchema, roles: ["admin"] }, async (input, user) => {
  const result = await createChannel(await getDb(), user, input);
  revalidatePath(PAGE);
  return result;
});

export const deleteChannelAction = guardedAction({ schema: channelIdSchema, roles: ["admin"] }, async (input, user) => {
  const result = await deleteChannel(await getDb(), user, input.id);
  revalidatePath(PAGE);
  return result;
});

/** Sends one test message now; the answer says whether it arrived and, if not, what the robot said. */
export const testChannelAction = guardedAction({ schema: channelIdSchema, roles: ["admin"] }, async (input, user) => {
  const result = await sendTestMessage(await getDb(), user, input.id);
  revalidatePath(PAGE);
  return result.ok ? { ok: true as const } : { ok: false as const, error: result.error };
});

export const saveReminderSettingsAction = guardedAction({ schema: reminderSettingsSchema, roles: ["admin"] }, async (input, user) => {
  const result = await updateReminderSettings(await getDb(), user, input.staleDays);
  revalidatePath(PAGE);
  return result;
});

export const runReminderJobAction = guardedAction({ schema: z.object({}), roles: ["admin"] }, async () => {
  const result = await runReminderJob(await getDb());
  revalidatePath("/", "layout");
  return result;
});
