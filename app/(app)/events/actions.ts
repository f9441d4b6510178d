"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createEvent, deleteEvent, updateEvent } from "@/db/mutations/events";
import { guardedAction } from "@/lib/auth/action";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { versionedIdSchema } from "@/lib/validation/common";
import { createEventSchema, updateEventSchema } from "@/lib/validation/event";

// Event names and dates also appear in agreement lists, pickers and dashboard rollups.
function touched(id: number) {
  revalidatePath("/", "layout");
  revalidatePath(`/events/${id}`);
}

export const createEventAction = guardedAction({ schema: createEventSchema, roles: WRITER_ROLES }, async (input, user) => {
  const { id } = await createEvent(await getDb(), user, input.event, input.submissionKey);
  touched(id);
  return { id };
});

export const updateEventAction = guardedAction({ schema: updateEventSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await updateEvent(await getDb(), user, input.id, input.version, input.event);
  touched(result.id);
  return result;
});

/** Staff and admins may delete an event no agreement refers to; the mutation refuses one in use. */
export const deleteEventAction = guardedAction({ schema: versionedIdSchema, roles: WRITER_ROLES }, async (input, user) => {
  const result = await deleteEvent(await getDb(), user, input.id, input.version);
  revalidatePath("/", "layout");
  return result;
});
