/**
 * The agreement list's columns and sorts, shared by the page, saved views and
 * the export: one vocabulary, so a view shows and exports the same columns.
 */

/** Columns a user may show or hide; reference and title always show (a row needs them to be read). */
export const LIST_COLUMNS = ["category", "status", "signedOn", "termEnd", "value", "delivered", "event", "owner"] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];
export const DEFAULT_COLUMNS: readonly ListColumn[] = ["category", "status", "signedOn", "value"];

export const SORTS = [
  "date_desc", "date_asc", "value_desc", "value_asc", "reference_asc", "reference_desc",
  "title_asc", "title_desc", "category_asc", "category_desc", "status_asc", "status_desc", "term_end_asc", "term_end_desc",
] as const;
export type Sort = (typeof SORTS)[number];

/** The sort a column header toggles between (first click: its first entry). */
export const COLUMN_SORTS = {
  reference: ["reference_asc", "reference_desc"],
  title: ["title_asc", "title_desc"],
  category: ["category_asc", "category_desc"],
  status: ["status_asc", "status_desc"],
  signedOn: ["date_desc", "date_asc"],
  termEnd: ["term_end_asc", "term_end_desc"],
  value: ["value_desc", "value_asc"],
} as const satisfies Record<string, readonly [Sort, Sort]>;
export type SortableColumn = keyof typeof COLUMN_SORTS;

/** Which way a column is sorted under `sort`, if it is the sorted column. */
export function sortDirection(column: SortableColumn, sort: Sort): "ascending" | "descending" | undefined {
  if (!(COLUMN_SORTS[column] as readonly Sort[]).includes(sort)) return undefined;
  return sort.endsWith("_asc") ? "ascending" : "descending";
}

/** The sort a click on the column's header asks for: its first direction, or the other one when already sorted by it. */
export function nextSort(column: SortableColumn, sort: Sort): Sort {
  const [first, second] = COLUMN_SORTS[column];
  return sort === first ? second : first;
}

/**
 * The columns to show: those in the URL, else the user's remembered ones, else
 * the defaults; the term end joins whenever the list is about terms (sorted or
 * filtered by it), as on the dashboard's "terms to watch" drill-down.
 */
export function effectiveColumns(
  f: { cols?: ListColumn[]; sort: Sort; termEndFrom?: string; termEndTo?: string },
  remembered: readonly ListColumn[] | null,
): ListColumn[] {
  const chosen = new Set<ListColumn>(f.cols ?? remembered ?? DEFAULT_COLUMNS);
  if (f.sort.startsWith("term_end") || f.termEndFrom || f.termEndTo) chosen.add("termEnd");
  return LIST_COLUMNS.filter((c) => chosen.has(c));
}
