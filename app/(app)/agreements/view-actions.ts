"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createSavedView, deleteSavedView, renameSavedView, saveListColumns } from "@/db/mutations/saved-views";
import { guardedAction } from "@/lib/auth/action";
import { ROLES } from "@/lib/domain/enums";
import { createSavedViewSchema, deleteSavedViewSchema, listColumnsSchema, renameSavedViewSchema } from "@/lib/validation/saved-view";

// Views and columns shape only the reader's own list, so every role keeps its own.
const readers = { roles: [...ROLES] };

export const createSavedViewAction = guardedAction({ schema: createSavedViewSchema, ...readers }, async (input, user) => {
  const view = await createSavedView(await getDb(), user, input);
  revalidatePath("/agreements");
  return view;
});

export const renameSavedViewAction = guardedAction({ schema: renameSavedViewSchema, ...readers }, async (input, user) => {
  const view = await renameSavedView(await getDb(), user, input);
  revalidatePath("/agreements");
  return view;
});

export const deleteSavedViewAction = guardedAction({ schema: deleteSavedViewSchema, ...readers }, async (input, user) => {
  const result = await deleteSavedView(await getDb(), user, input.id);
  revalidatePath("/agreements");
  return result;
});

export const saveListColumnsAction = guardedAction({ schema: listColumnsSchema, ...readers }, async (input, user) => {
  const result = await saveListColumns(await getDb(), user, input);
  revalidatePath("/agreements");
  return result;
});
