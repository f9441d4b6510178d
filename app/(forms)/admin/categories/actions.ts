"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createCategory, deleteCategory, renameCategory, setCategoryActive } from "@/db/mutations/categories";
import { guardedAction } from "@/lib/auth/action";
import { categoryIdSchema, createCategorySchema, renameCategorySchema } from "@/lib/validation/category";

// Categories feed every form, filter and rollup: refresh the whole app, not only this page.
const refresh = () => revalidatePath("/", "layout");

export const createCategoryAction = guardedAction({ schema: createCategorySchema, roles: ["admin"] }, async (input, user) => {
  const created = await createCategory(await getDb(), user, input.category);
  refresh();
  return created;
});

export const renameCategoryAction = guardedAction({ schema: renameCategorySchema, roles: ["admin"] }, async (input, user) => {
  const renamed = await renameCategory(await getDb(), user, input.id, input.category);
  refresh();
  return renamed;
});

export const retireCategoryAction = guardedAction({ schema: categoryIdSchema, roles: ["admin"] }, async (input, user) => {
  const result = await setCategoryActive(await getDb(), user, input.id, false);
  refresh();
  return result;
});

export const reactivateCategoryAction = guardedAction({ schema: categoryIdSchema, roles: ["admin"] }, async (input, user) => {
  const result = await setCategoryActive(await getDb(), user, input.id, true);
  refresh();
  return result;
});

export const deleteCategoryAction = guardedAction({ schema: categoryIdSchema, roles: ["admin"] }, async (input, user) => {
  const deleted = await deleteCategory(await getDb(), user, input.id);
  refresh();
  return deleted;
});
