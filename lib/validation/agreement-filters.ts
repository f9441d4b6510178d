import { z } from "zod";
import { AGREEMENT_STATUSES, PARTY_TYPES } from "@/lib/domain/enums";
import { parseAmountInput } from "@/lib/amount-input";
import { toFen } from "@/lib/money";
import { dbId, isoDate, searchText } from "./common";
import { LIST_COLUMNS, SORTS } from "./list-columns";

export { SORTS, type Sort } from "./list-columns";
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** Plain decimals or what staff type ("1亿", "3500万"); normalised to exact yuan. */
const decimal = z.string().transform((raw, ctx) => {
  const r = parseAmountInput(raw);
  if (r.ok) return r.decimal;
  ctx.addIssue({ code: "custom", message: "invalidAmount" });
  return z.NEVER;
});
const id = dbId;
/** `a,b` or repeated params: a list of allowed values. */
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

/**
 * The filter parameters shared by `/agreements`, the dashboard and the API.
 * Unknown category keys are checked against the database by the caller.
 */
export const agreementFiltersSchema = z
  .object({
    q: searchText.optional(),
    category: z
      .string()
      .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z0-9_]+$/, "invalidCategory")).min(1))
      .optional(),
    status: list(AGREEMENT_STATUSES).optional(),
    /** An event id, or `none` for agreements signed outside any event. */
    event: z.union([z.literal("none"), id]).optional(),
    partyType: list(PARTY_TYPES).optional(),
    party: id.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minValue: decimal.optional(),
    maxValue: decimal.optional(),
    /** Term end (到期日) range: the dashboard's expiring and overdue figures drill down with it. */
    termEndFrom: isoDate.optional(),
    termEndTo: isoDate.optional(),
    deleted: z.enum(["1", "0"]).optional(),
    /** `1`: only agreements whose delivered value exceeds their signed value (the dashboard's 超额落地 figure). */
    overDelivered: z.enum(["1", "0"]).optional(),
    /** 负责人: a user id, or `me` for whoever looks (so a saved "mine" view is mine for each person who opens it). */
    owner: z.union([z.literal("me"), id]).optional(),
    sort: z.enum(SORTS).default("date_desc"),
    /** The list's visible columns (`cols=status,value`, kept in the list's order); absent: the user's remembered choice. */
    cols: list(LIST_COLUMNS)
      .transform((cols) => LIST_COLUMNS.filter((c) => cols.includes(c)))
      .optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "invalidPageSize")
      .default(25),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "toBeforeFrom" })
  .refine((f) => !f.termEndFrom || !f.termEndTo || f.termEndFrom <= f.termEndTo, { path: ["termEndTo"], message: "toBeforeFrom" })
  .refine((f) => !f.minValue || !f.maxValue || toFen(f.minValue) <= toFen(f.maxValue), {
    path: ["maxValue"],
    message: "maxBelowMin",
  });

export type AgreementFilters = z.infer<typeof agreementFiltersSchema>;

/** URLSearchParams or Next's searchParams object → plain record, empty values dropped. */
export function paramsToRecord(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries =
    params instanceof URLSearchParams ? [...params.keys()].map((k) => [k, params.getAll(k)] as const) : Object.entries(params);
  for (const [k, v] of entries) {
    const joined = Array.isArray(v) ? v.filter(Boolean).join(",") : v;
    if (joined) out[k] = joined;
  }
  return out;
}

/** Parses filters; on bad input returns the issues instead of throwing (the API answers 400 with them). */
export function parseAgreementFilters(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  return agreementFiltersSchema.safeParse(paramsToRecord(params));
}

/**
 * For pages: the valid filters, with any invalid parameter dropped and named,
 * so a mistyped URL still shows a list and says what was ignored.
 */
export function parseAgreementFiltersLenient(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const record = paramsToRecord(params);
  const first = agreementFiltersSchema.safeParse(record);
  if (first.success) return { filters: first.data, ignored: [] as string[] };
  const ignored = [...new Set(first.error.issues.map((i) => String(i.path[0])))];
  for (const key of ignored) delete record[key];
  const second = agreementFiltersSchema.safeParse(record);
  return { filters: second.success ? second.data : agreementFiltersSchema.parse({}), ignored };
}

/** Back to URL parameters (defaults omitted), for links that must reproduce a view. */
export function filtersToParams(f: Partial<AgreementFilters>): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: unknown) => {
    if (v === undefined || v === null || v === "") return;
    p.set(k, Array.isArray(v) ? v.join(",") : String(v));
  };
  set("q", f.q);
  set("category", f.category);
  set("status", f.status);
  set("event", f.event);
  set("partyType", f.partyType);
  set("party", f.party);
  set("from", f.from);
  set("to", f.to);
  set("minValue", f.minValue);
  set("maxValue", f.maxValue);
  set("termEndFrom", f.termEndFrom);
  set("termEndTo", f.termEndTo);
  set("deleted", f.deleted === "1" ? "1" : undefined);
  set("overDelivered", f.overDelivered === "1" ? "1" : undefined);
  set("owner", f.owner);
  if (f.sort && f.sort !== "date_desc") set("sort", f.sort);
  set("cols", f.cols);
  if (f.page && f.page > 1) set("page", f.page);
  if (f.pageSize && f.pageSize !== 25) set("pageSize", f.pageSize);
  return p;
}

/**
 * `owner=me` as the viewer's id, for the query; links keep `me`. An API token's
 * viewer is the person who issued it.
 */
export function forViewer<F extends { owner?: "me" | number }>(f: F, viewerId: number): F {
  return f.owner === "me" ? { ...f, owner: viewerId } : f;
}
