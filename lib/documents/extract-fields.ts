/**
 * Reads an agreement's fields from its text with rules, no model and no
 * network: title, parties, amount, signing date, term and a category
 * suggestion, each with the snippet it came from. What no rule finds is left
 * out. Pure: matching parties to organisations is the database's job.
 */
import { suggestCategory } from "./rules/category";
import { findSignedOn, findTerm } from "./rules/dates";
import { documentText, type Found } from "./rules/document-text";
import { findAmount } from "./rules/amount";
import { findParties, type FoundParty } from "./rules/parties";
import { findTitle } from "./rules/title";

export type { Found } from "./rules/document-text";
export type { FoundParty } from "./rules/parties";
export { PARTY_ROLES, type PartyRole } from "./party-roles";

export interface ExtractedFields {
  titleZh?: Found<string>;
  parties: Found<FoundParty>[];
  signedValue?: Found<string>;
  signedOn?: Found<string>;
  termStart?: Found<string>;
  termEnd?: Found<string>;
  /** A category key (`financial_services` …): a suggestion from keywords. */
  category?: Found<string>;
}

/** Fewer readable characters than this and the file has no usable text layer. */
export const MIN_TEXT_CHARACTERS = 20;

/** True when extracted text holds enough to read fields from (a scan's PDF has none, or a page number or two). */
export function hasTextLayer(text: string): boolean {
  return text.replace(/\s+/g, "").length >= MIN_TEXT_CHARACTERS;
}

export function extractFields(raw: string): ExtractedFields {
  const doc = documentText(raw);
  const parties = findParties(doc);
  const signedOn = findSignedOn(doc);
  const term = findTerm(doc, signedOn?.value);
  const found: ExtractedFields = {
    titleZh: findTitle(doc),
    parties,
    signedValue: findAmount(doc),
    signedOn,
    termStart: term.termStart,
    termEnd: term.termEnd,
    category: suggestCategory(doc, parties.map((p) => p.value.name)),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as unknown as ExtractedFields;
}
