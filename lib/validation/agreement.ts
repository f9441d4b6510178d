import { z } from "zod";
import { AGREEMENT_STATUSES, isSigned, VALUE_KINDS } from "@/lib/domain/enums";
import { amountInput, dbId, isoDate, MAX_DB_ID, openedVersion, optionalDate, optionalId, optionalText, submissionKey } from "./common";

export const REFERENCE_PATTERN = /^[A-Z]{2,6}-\d{4}-\d{4,6}$/;

export const agreementPartySchema = z.object({
  // Typed as the form holds it: a number once chosen, "" while the picker is empty.
  organizationId: z.coerce.number<number | "">({ message: "required" }).int().positive("required").max(MAX_DB_ID, "unknownParty"),
  isLead: z.boolean().default(false),
  signatoryName: optionalText(100),
  signatoryTitle: optionalText(100),
});

/**
 * Cross-field rules run once the fields they read are valid, whatever else is wrong, so the form
 * shows every error at once (a plain refinement of the object would wait for all of its fields).
 */
const whenValid = (...fields: string[]) => ({
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    // An issue without a path is about the whole value (not an object at all): nothing to cross-check.
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))),
});

/**
 * The agreement form, shared by the browser (zodResolver) and the server actions.
 * Cross-field rules follow the registry's practice: a signed agreement has a
 * signing date and at least two distinct parties, one of them the lead.
 */
export const agreementSchema = z
  .object({
    reference: z.string().trim().toUpperCase().regex(REFERENCE_PATTERN, "invalidReference"),
    titleZh: z.string().trim().min(1, "required").max(200, "tooLong"),
    titleEn: optionalText(300),
    summary: optionalText(2000),
    categoryId: z.coerce.number<number | "">({ message: "required" }).int().positive("required").max(MAX_DB_ID, "unknownCategory"),
    eventId: optionalId,
    status: z.enum(AGREEMENT_STATUSES, { message: "required" }),
    signedOn: optionalDate,
    termStart: optionalDate,
    termEnd: optionalDate,
    signedValue: amountInput,
    valueKind: z.enum(VALUE_KINDS, { message: "required" }),
    parties: z.array(agreementPartySchema).max(12, "tooManyParties"),
  })
  .superRefine((a, ctx) => {
    if (isSigned(a.status) && !a.signedOn) {
      ctx.addIssue({ code: "custom", path: ["signedOn"], message: "signedOnRequired" });
    }
  }, whenValid("status", "signedOn"))
  .superRefine((a, ctx) => {
    if (a.termStart && a.termEnd && a.termEnd < a.termStart) {
      ctx.addIssue({ code: "custom", path: ["termEnd"], message: "termEndBeforeStart" });
    }
  }, whenValid("termStart", "termEnd"))
  .superRefine((a, ctx) => {
    if (isSigned(a.status) && a.parties.length < 2) {
      ctx.addIssue({ code: "custom", path: ["parties"], message: "twoPartiesRequired" });
    }
    const seen = new Set<number>();
    a.parties.forEach((p, i) => {
      if (seen.has(p.organizationId)) {
        ctx.addIssue({ code: "custom", path: ["parties", i, "organizationId"], message: "duplicateParty" });
      }
      seen.add(p.organizationId);
    });
    const leads = a.parties.filter((p) => p.isLead).length;
    if (a.parties.length > 0 && leads !== 1) {
      ctx.addIssue({ code: "custom", path: ["parties"], message: "oneLeadRequired" });
    }
  }, whenValid("status", "parties"));

export type AgreementFormInput = z.input<typeof agreementSchema>;
export type AgreementInput = z.output<typeof agreementSchema>;

export const createAgreementSchema = z.object({
  agreement: agreementSchema,
  submissionKey,
  /** 负责人 chosen on the form (an active staff member or admin, checked on save); blank: the creator. */
  ownerId: optionalId,
});

export const updateAgreementSchema = z.object({
  id: dbId,
  version: openedVersion,
  agreement: agreementSchema,
});

export const agreementIdSchema = z.object({ id: dbId });

export const progressSchema = z.object({
  agreementId: dbId,
  occurredOn: isoDate,
  note: z.string().trim().min(1, "required").max(2000, "tooLong"),
  deliveredValue: amountInput,
  /** Ticked when the user has seen that this entry takes delivered beyond the signed value; the server refuses such an entry without it. */
  confirmOverDelivery: z.boolean().default(false),
  submissionKey,
});
export type ProgressInput = z.output<typeof progressSchema>;

/**
 * Ceremony batch entry: each row is validated exactly like a single agreement
 * (the form fills in the event's date). Saved all or nothing.
 */
export const batchSchema = z
  .object({
    eventId: dbId,
    submissionKey,
    rows: z.array(agreementSchema).min(1, "noRows").max(100, "tooManyRows"),
  })
  .superRefine((b, ctx) => {
    const seen = new Map<string, number>();
    b.rows.forEach((row, i) => {
      if (seen.has(row.reference)) ctx.addIssue({ code: "custom", path: ["rows", i, "reference"], message: "referenceTaken" });
      seen.set(row.reference, i);
    });
  });
export type BatchFormInput = z.input<typeof batchSchema>;
