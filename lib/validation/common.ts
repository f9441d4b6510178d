import "./zod-config";
import { z } from "zod";
import { parseAmountInput } from "@/lib/amount-input";

/** Error messages in schemas are message keys under `actions.errors`, translated where they are shown. */

/** One per opened create form: a replayed submission finds the row it already created. */
export const submissionKey = z.string().uuid("invalidSubmission");

export const MAX_DB_ID = 2_147_483_647;
/** Ids are Postgres `integer`s: anything larger would reach the database as an error, not a 404 or a field message. */
export const dbId = z.coerce.number().int().positive().max(MAX_DB_ID);
/** The version of a row the user opened; a newer one in the database means someone else saved first. */
export const openedVersion = z.coerce.number().int().positive().max(MAX_DB_ID);

/** A row as the user saw it: deletes and merges are refused when someone changed it since. */
export const versionedIdSchema = z.object({ id: dbId, version: openedVersion });

/** An `[id]` route segment as an id, or null (→ 404): digits only, so "1e3" or "0x10" are not ids. */
export function parseIdSegment(segment: string): number | null {
  return /^[1-9]\d{0,9}$/.test(segment) && Number(segment) <= MAX_DB_ID ? Number(segment) : null;
}

/** A real calendar date, YYYY-MM-DD, within years the registry can mean (and Postgres can compare a year back). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}$/, "invalidDate")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "invalidDate");

/** C0 control characters other than tab and line breaks, and DEL: Postgres refuses NUL in text, and none belongs in a form. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Field errors for every string in a submitted value that holds a control
 * character (a pasted NUL would otherwise fail in Postgres as a server error).
 * Server actions run this before their schema; paths match the schema's.
 */
export function controlCharacterErrors(value: unknown, path: (string | number)[] = []): Record<string, string[]> {
  // A lone UTF-16 surrogate is no character at all: the embedded database refuses it with a server error.
  if (typeof value === "string") return CONTROL_CHARS.test(value) || !value.isWellFormed() ? { [path.join(".") || "_form"]: ["invalidCharacters"] } : {};
  if (value === null || typeof value !== "object") return {};
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return Object.assign({}, ...entries.map(([k, v]) => controlCharacterErrors(v, [...path, k])));
}

/** A search box's text: control characters dropped (they match nothing and Postgres refuses NUL), trimmed, at most 100 characters. */
export const searchText = z
  .string()
  .transform((s) => s.replace(new RegExp(CONTROL_CHARS.source, "g"), ""))
  .pipe(z.string().trim().max(100, "tooLong"));

/** An optional text field: blank becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((s) => (s ? s : undefined));

export const optionalDate = z
  .union([z.literal(""), isoDate])
  .optional()
  .transform((s) => (s ? s : undefined));

/** An optional positive id from a <select>: "" or absent becomes undefined. */
export const optionalId = z
  .union([z.literal(""), dbId])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));

/** An amount typed the way staff type it ("3.5亿", "３５００万"): exact decimal yuan, or undefined when blank. */
export const amountInput = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (!raw || !raw.trim()) return undefined;
    const r = parseAmountInput(raw);
    if (r.ok) return r.decimal;
    ctx.addIssue({ code: "custom", message: `amount.${r.error}` });
    return z.NEVER;
  });

/** Flattens zod issues to `{ "parties.1.organizationId": ["duplicateParty"] }` for forms. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
