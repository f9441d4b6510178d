import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { findUnknownCategoryKeys } from "@/db/queries/api-agreements";
import type { RollupFilters } from "@/lib/domain/rollups";
import { apiError } from "@/lib/auth/api";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { agreementFiltersSchema, paramsToRecord, type AgreementFilters } from "@/lib/validation/agreement-filters";

/** `{ from: ["invalidDate"] }`: message keys per query parameter, as API clients receive them. */
export type ParamErrors = Record<string, string[]>;

export type ApiQuery =
  | { ok: true; filters: AgreementFilters; /** The `locale` parameter when given; else the caller falls back to the viewer's. */ locale: Locale | undefined }
  | { ok: false; response: Response };

/** Schema messages that are already message keys ("invalidDate"); zod's own are English sentences. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9.]*$/;

/** Stable keys for zod's built-in issues, so clients never parse English. */
const ISSUE_KEYS: Record<string, string> = {
  invalid_value: "invalidOption",
  invalid_union: "invalidOption",
  invalid_type: "invalidNumber",
  too_small: "tooSmall",
  too_big: "tooBig",
};

/** Issues keyed by their query parameter (`status.1` → `status`), each message key once. */
export function paramErrorsOf(error: z.ZodError): ParamErrors {
  const out: ParamErrors = {};
  for (const issue of error.issues) {
    const param = String(issue.path[0] ?? "_query");
    const key = MESSAGE_KEY.test(issue.message) ? issue.message : (ISSUE_KEYS[issue.code] ?? "invalid");
    const list = (out[param] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return out;
}

/** The 400 every API route answers for bad query parameters. */
export function invalidParams(details: ParamErrors): Response {
  return apiError(400, "invalidParams", details);
}

/**
 * Parses the shared agreement filters (the `/agreements` page's parameters) and
 * `locale` from a request's query. Unlike the page, which drops a bad parameter
 * and says so, the API refuses the whole request, naming every bad parameter:
 * a BI client must never mistake an unfiltered figure for a filtered one.
 * `deleted` is not honoured: the API serves live agreements only. A parameter the
 * API does not know (`categroy=`) is refused too, for the same reason; `extra`
 * names the route's own parameters (the summary's `format`).
 */
export async function parseApiQuery(db: DbOrTx, params: URLSearchParams, extra: readonly string[] = []): Promise<ApiQuery> {
  const record = paramsToRecord(params);
  const errors: ParamErrors = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key) && !extra.includes(key)) errors[key] = ["unknownParam"];
    if (extra.includes(key)) delete record[key];
  }
  delete record.deleted;
  const parsed = agreementFiltersSchema.safeParse(record);
  if (!parsed.success) Object.assign(errors, paramErrorsOf(parsed.error));

  // Checked even when other parameters are bad, so one answer names every mistake.
  if (!errors.category && record.category) {
    const keys = parsed.success ? (parsed.data.category ?? []) : splitList(record.category);
    if ((await findUnknownCategoryKeys(db, keys)).length) errors.category = ["unknownCategory"];
  }
  if (record.locale !== undefined && !isLocale(record.locale)) errors.locale = ["invalidLocale"];

  if (!parsed.success || Object.keys(errors).length) return { ok: false, response: invalidParams(errors) };
  return { ok: true, filters: parsed.data, locale: isLocale(record.locale) ? record.locale : undefined };
}

const KNOWN_PARAMS = new Set([...Object.keys(agreementFiltersSchema.shape), "locale"]);

/** The filters that shape a figure: paging and sort are accepted on every route but change no rollup. */
export function rollupFiltersOf(filters: AgreementFilters): RollupFilters {
  const { sort: _sort, page: _page, pageSize: _pageSize, deleted: _deleted, ...rollup } = filters;
  return rollup;
}

function splitList(raw: string): string[] {
  return raw.split(",").map((v) => v.trim()).filter(Boolean);
}
