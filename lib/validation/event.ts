import { z } from "zod";
import { dbId, isoDate, openedVersion, optionalText, searchText, submissionKey } from "./common";

/** The event form, shared by the browser (zodResolver) and the server actions. */
export const eventSchema = z.object({
  nameZh: z.string({ message: "required" }).trim().min(1, "required").max(200, "tooLong"),
  nameEn: optionalText(300),
  heldOn: z.string({ message: "required" }).trim().min(1, "required").pipe(isoDate),
  venue: optionalText(200),
  host: optionalText(200),
  notes: optionalText(2000),
});

export type EventFormInput = z.input<typeof eventSchema>;
export type EventInput = z.output<typeof eventSchema>;

export const createEventSchema = z.object({
  event: eventSchema,
  submissionKey,
});

export const updateEventSchema = z.object({
  id: dbId,
  version: openedVersion,
  event: eventSchema,
});

/** `/events` search parameters; anything unusable falls back to the first page of everything. */
export const eventListParamsSchema = z.object({
  q: searchText
    .transform((s) => s || undefined)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
