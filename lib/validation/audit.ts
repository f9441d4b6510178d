import { z } from "zod";
import { dbId, isoDate } from "./common";

/** An entity or action name as the audit log stores it; others add their own, so any such word is accepted. */
const word = z.string().trim().regex(/^[a-z][a-z0-9_.]{0,39}$/);
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * `/admin/audit` search parameters. Paging is by id (`before`: older than, `after`:
 * newer than), so a page costs the same at entry 10 and entry 10 million.
 * Anything unusable is dropped and named, never a 500.
 */
export const auditParamsSchema = z.object({
  actor: lenient(dbId),
  entity: lenient(word),
  action: lenient(word),
  from: lenient(isoDate),
  to: lenient(isoDate),
  before: lenient(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
  after: lenient(z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)),
});

export type AuditParams = z.output<typeof auditParamsSchema>;
export type AuditFilters = Omit<AuditParams, "before" | "after">;

const KEYS = ["actor", "entity", "action", "from", "to", "before", "after"] as const;

/** Parses the page's search parameters; `ignored` names those given but unusable. */
export function parseAuditParams(raw: Record<string, string | string[] | undefined>): { params: AuditParams; ignored: string[] } {
  const single = Object.fromEntries(KEYS.map((k) => [k, typeof raw[k] === "string" && raw[k] !== "" ? raw[k] : undefined]));
  const params = auditParamsSchema.parse(single);
  const ignored = KEYS.filter((k) => raw[k] !== undefined && raw[k] !== "" && params[k] === undefined);
  return { params, ignored };
}

/** The filters as URL parameters (no paging), for links that keep them. */
export function auditFiltersToParams(f: AuditFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ["actor", "entity", "action", "from", "to"] as const) if (f[k] !== undefined) p.set(k, String(f[k]));
  return p;
}
