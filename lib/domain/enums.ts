/**
 * The registry's fixed vocabularies (DESIGN §1). The database enums, the zod
 * schemas, the forms and the filters all take their values from here, so a
 * client component can use them without importing anything from `db/`.
 */

export const ROLES = ["admin", "staff", "executive"] as const;
export type Role = (typeof ROLES)[number];

export const PARTY_TYPES = [
  "bank",
  "consumer_finance",
  "insurer",
  "securities_fund",
  "microlender",
  "other_financial",
  "academic",
  "ai_tech",
  "big_data",
  "government",
  "other",
] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const AGREEMENT_STATUSES = ["draft", "signed", "in_execution", "completed", "terminated"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const VALUE_KINDS = ["binding", "intended"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Every status past draft: what "signed" figures cover unless drafts are asked for. */
export const SIGNED_STATUSES: AgreementStatus[] = AGREEMENT_STATUSES.filter((s) => s !== "draft");

/** A signed agreement needs a signing date and at least two parties; a draft needs neither. */
export function isSigned(status: AgreementStatus): boolean {
  return status !== "draft";
}
