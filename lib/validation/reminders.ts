import { z } from "zod";
import { CHANNEL_KINDS, MAX_STALE_DAYS, MIN_STALE_DAYS, SNOOZE_DAYS } from "@/lib/domain/reminders";
import { dbId } from "./common";

/** Reassigning an agreement's owner (负责人): to an active staff member or admin. */
export const ownerSchema = z.object({ agreementId: dbId, ownerId: z.coerce.number({ message: "required" }).int().positive("required").max(2_147_483_647, "invalidOwner") });
export type OwnerInput = z.output<typeof ownerSchema>;

export const reminderIdSchema = z.object({ id: dbId });
export const snoozeSchema = z.object({
  id: dbId,
  days: z.coerce.number().refine((d) => (SNOOZE_DAYS as readonly number[]).includes(d), "invalidOption"),
});

/** Outbound URLs: http(s) only, so a channel can never read a local file or speak another protocol. */
const webUrl = z
  .string()
  .trim()
  .min(1, "required")
  .max(2000, "tooLong")
  .refine((s) => URL.canParse(s) && ["http:", "https:"].includes(new URL(s).protocol), "invalidUrl");

export const channelSchema = z.object({
  kind: z.enum(CHANNEL_KINDS, { message: "invalidOption" }),
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  url: webUrl,
  secret: z
    .string()
    .trim()
    .max(200, "tooLong")
    .optional()
    .transform((s) => s || undefined),
});
export type ChannelInput = Omit<z.output<typeof channelSchema>, "secret"> & { secret?: string };
export type ChannelFormInput = z.input<typeof channelSchema>;

export const channelIdSchema = z.object({ id: dbId });

export const reminderSettingsSchema = z.object({
  staleDays: z.coerce
    .number({ message: "required" })
    .int("wholeDays")
    .min(MIN_STALE_DAYS, "staleDaysRange")
    .max(MAX_STALE_DAYS, "staleDaysRange"),
});
export type ReminderSettingsFormInput = z.input<typeof reminderSettingsSchema>;
