import { z } from "zod";
import { parseAmountInput } from "@/lib/amount-input";

/** Error messages in schemas are message keys under `actions.errors`, translated where they are shown. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "invalidDate");

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
  .union([z.literal(""), z.coerce.number().int().positive()])
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
