import { z } from "zod";
import { dbId } from "./common";
import { filtersToParams, parseAgreementFilters } from "./agreement-filters";
import { LIST_COLUMNS } from "./list-columns";

/** Views a user may keep: enough for every working list, few enough to scan beside it. */
export const MAX_SAVED_VIEWS = 30;

const viewName = z.string({ message: "required" }).trim().min(1, "required").max(40, "tooLong");

/**
 * A list URL's query string, kept as the list reads it: filters, sort and
 * columns, defaults and the page number left out; one the list would refuse
 * is refused here too, so a saved link always opens what was saved.
 */
const viewParams = z
  .string()
  .max(2000, "tooLong")
  .transform((raw, ctx) => {
    const parsed = parseAgreementFilters(new URLSearchParams(raw.replace(/^\?/, "")));
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "invalidView" });
      return z.NEVER;
    }
    return filtersToParams({ ...parsed.data, page: 1 }).toString();
  });

export const createSavedViewSchema = z.object({ name: viewName, params: viewParams });
export const renameSavedViewSchema = z.object({ id: dbId, name: viewName });
export const deleteSavedViewSchema = z.object({ id: dbId });
export const listColumnsSchema = z.object({
  columns: z.array(z.enum(LIST_COLUMNS, { message: "invalidColumn" })).min(1, "chooseOneColumn").max(LIST_COLUMNS.length),
});

export type CreateSavedViewInput = z.output<typeof createSavedViewSchema>;
export type RenameSavedViewInput = z.output<typeof renameSavedViewSchema>;
export type ListColumnsInput = z.output<typeof listColumnsSchema>;
