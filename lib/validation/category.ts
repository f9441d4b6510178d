import { z } from "zod";
import { dbId } from "./common";

const name = (max: number) => z.string({ message: "required" }).trim().min(1, "required").max(max, "tooLong");

/** A category's three names, as the add and rename forms send them (browser and server alike). */
export const categorySchema = z.object({
  nameZh: name(40),
  nameZhHant: name(40),
  nameEn: name(80),
});

export type CategoryFormInput = z.input<typeof categorySchema>;
export type CategoryInput = z.output<typeof categorySchema>;

export const createCategorySchema = z.object({ category: categorySchema });
export const renameCategorySchema = z.object({ id: dbId, category: categorySchema });
export const categoryIdSchema = z.object({ id: dbId });
