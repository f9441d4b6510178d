import { z } from "zod";
import { PARTY_TYPES } from "@/lib/domain/enums";
import { isValidCreditCode, normalizeCreditCode } from "@/lib/credit-code";
import { dbId, openedVersion, optionalText, searchText, submissionKey } from "./common";

/** Typed the way people paste it (full-width, lower case, spaces); stored normalized, or undefined when blank. */
const creditCode = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const code = normalizeCreditCode(raw ?? "");
    if (!code) return undefined;
    if (isValidCreditCode(code)) return code;
    ctx.addIssue({ code: "custom", message: "invalidCreditCode" });
    return z.NEVER;
  });

const website = z
  .string()
  .trim()
  .max(300, "tooLong")
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return undefined;
    if (isHttpUrl(raw)) return raw;
    ctx.addIssue({ code: "custom", message: "invalidUrl" });
    return z.NEVER;
  });

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const url = new URL(s);
    // A host without a dot ("http://intranet") is almost always a typo in this registry.
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * The party (organization) form, shared by the browser (zodResolver), the server
 * actions and the inline "new party" dialog of the agreement form. `type` takes
 * any string in so a form can start on an empty <select>.
 */
export const organizationSchema = z.object({
  nameZh: z.string({ message: "required" }).trim().min(1, "required").max(200, "tooLong"),
  nameEn: optionalText(300),
  shortName: optionalText(50),
  type: z.string({ message: "invalidType" }).pipe(z.enum(PARTY_TYPES, { message: "invalidType" })),
  creditCode,
  city: optionalText(50),
  website,
  notes: optionalText(2000),
});

export type OrganizationFormInput = z.input<typeof organizationSchema>;
export type OrganizationInput = z.output<typeof organizationSchema>;

export const createOrganizationSchema = z.object({
  organization: organizationSchema,
  submissionKey,
  /** Set once the user has seen the likely duplicates and still means a new organisation; without it such a create is refused. */
  allowSimilar: z.boolean().default(false),
});

/** What the duplicate check looks at, as the form holds it (unparsed, so it can run before the form is complete). */
export const similarOrganizationsSchema = z.object({
  nameZh: z.string().max(200, "tooLong").optional(),
  nameEn: z.string().max(300, "tooLong").optional(),
  shortName: z.string().max(50, "tooLong").optional(),
  creditCode: z.string().max(30, "tooLong").optional(),
});

export const updateOrganizationSchema = z.object({
  id: dbId,
  version: openedVersion,
  organization: organizationSchema,
});

/** `/parties` URL parameters: a bad value falls back to its default instead of failing the page. */
export const organizationListParamsSchema = z.object({
  q: searchText.optional().catch(undefined).transform((s) => s || undefined),
  type: z.enum(PARTY_TYPES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type OrganizationListParams = z.output<typeof organizationListParamsSchema>;

/** `GET /api/v1/organizations` parameters: strict, a bad value is a 400. */
export const organizationSearchSchema = z.object({
  q: searchText.optional().transform((s) => s || undefined),
  type: z.enum(PARTY_TYPES, { message: "invalidType" }).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});


/** A `page` search parameter; a bad value means page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  return organizationListParamsSchema.shape.page.parse(Array.isArray(value) ? value[0] : value);
}

/** A stored party as form values: null columns become empty inputs. */
export function toOrganizationFormValues(org: {
  nameZh: string;
  nameEn: string | null;
  shortName: string | null;
  type: string;
  creditCode: string | null;
  city: string | null;
  website: string | null;
  notes: string | null;
}): OrganizationFormInput {
  return {
    nameZh: org.nameZh,
    nameEn: org.nameEn ?? "",
    shortName: org.shortName ?? "",
    type: org.type,
    creditCode: org.creditCode ?? "",
    city: org.city ?? "",
    website: org.website ?? "",
    notes: org.notes ?? "",
  };
}
