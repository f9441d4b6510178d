/**
 * The answer of POST /api/v1/documents/extract, which the "从文件填写" button
 * reads too: the fields found, each with its snippet under `sources` (parties
 * as `parties.0`, `parties.1` …, the paths the form uses). Fields no rule
 * found are left out. Pure.
 */
import type { ExtractedFields, PartyRole } from "./extract-fields";

export interface PrefillParty {
  role: PartyRole;
  /** As the document writes it. */
  name: string;
  /** The registry organisation it was matched to, or null when none was. */
  organizationId: number | null;
}

export interface PrefillFields {
  titleZh?: string;
  parties?: PrefillParty[];
  /** Exact decimal yuan, as the form's amount box stores it ("350000000.00"). */
  signedValue?: string;
  signedOn?: string;
  termStart?: string;
  termEnd?: string;
  /** A category key (financial_services …), suggested from keywords. */
  category?: string;
}

export interface Prefill {
  fields: PrefillFields;
  sources: Record<string, string>;
}

const SCALARS = ["titleZh", "signedValue", "signedOn", "termStart", "termEnd"] as const;

/**
 * Shapes what the rules found: parties with the organisation each was matched
 * to (same order), and the category only when it is one of `categoryKeys`
 * (an admin may have retired it).
 */
export function toPrefill(found: ExtractedFields, organizationIds: (number | null)[], categoryKeys: string[]): Prefill {
  const fields: PrefillFields = {};
  const sources: Record<string, string> = {};
  for (const key of SCALARS) {
    const f = found[key];
    if (f) {
      fields[key] = f.value;
      sources[key] = f.source;
    }
  }
  if (found.parties.length) {
    fields.parties = found.parties.map((p, i) => ({ role: p.value.role, name: p.value.name, organizationId: organizationIds[i] ?? null }));
    found.parties.forEach((p, i) => (sources[`parties.${i}`] = p.source));
  }
  if (found.category && categoryKeys.includes(found.category.value)) {
    fields.category = found.category.value;
    sources.category = found.category.source;
  }
  return { fields, sources };
}
