import { agreementSchema, type AgreementFormInput, type AgreementInput } from "@/lib/validation/agreement";
import { dateCellToIso } from "./cell-dates";
import type { ColumnKey, HeaderMap } from "./columns";
import type { Cell } from "./read-sheet";
import { statusByName, valueKindByName } from "./vocab";

/**
 * One sheet row to the agreement form's input, validated by the form's own
 * schema (one parser for amounts, dates and every cross-field rule). Names are
 * resolved by the caller's lookups (categories, events, parties from the
 * registry). Pure.
 */

export type RowValues = Partial<Record<ColumnKey, Cell>>;

/** A problem with a row, by column key (or `_row`) and message key. */
export interface RowIssue {
  column: ColumnKey | "_row";
  code: string;
}

/** How a party name resolved: a registry id, a new organisation to create, or ambiguity. */
export type PartyMatch = { id: number } | { isNew: true } | { ambiguous: true } | { unknownCode: true };

/** How an owner (负责人) cell resolved among the active staff members and admins. */
export type OwnerMatch = { id: number } | { unknown: true } | { ambiguous: true };

export interface Lookups {
  category(name: string): number | undefined;
  event(name: string): number | undefined | "ambiguous";
  party(name: string): PartyMatch;
  /** By email (any case), else by exact name. */
  owner(nameOrEmail: string): OwnerMatch;
}

/** What the row would save; `newParties` are names with no organisation yet (created on commit). */
export interface RowInput {
  input?: AgreementInput;
  newParties: string[];
  issues: RowIssue[];
}

/** Placeholder ids for organisations the import will create: beyond any real id, one per distinct name. */
export const NEW_PARTY_ID_BASE = 2_000_000_000;

const SPREADSHEET_APOSTROPHE = /^'(?=[=+\-@\t\r])/;

/** The row's cells by column key; a leading apostrophe our exports add against formula injection is taken off again. */
export function rowValues(cells: Cell[], headers: HeaderMap): RowValues {
  const out: RowValues = {};
  for (const [key, col] of Object.entries(headers.columns) as [ColumnKey, { index: number }][]) {
    const cell = cells[col.index] ?? "";
    out[key] = typeof cell === "string" ? cell.replace(SPREADSHEET_APOSTROPHE, "").trim() : cell;
  }
  return out;
}

/** `；`, `;`, `、` (and line breaks) between names. */
export function splitParties(raw: string): string[] {
  return raw.split(/[；;、\n]/).map((s) => s.trim()).filter(Boolean);
}

const text = (c: Cell | undefined): string => (c === undefined ? "" : c instanceof Date ? dateCellToIso(c) : c);
const date = (c: Cell | undefined): string => (c === undefined || c === "" ? "" : dateCellToIso(c));

/** Form fields whose schema path names a column. */
const COLUMN_OF: Record<string, ColumnKey> = {
  reference: "reference",
  titleZh: "title_zh",
  titleEn: "title_en",
  summary: "summary",
  categoryId: "category",
  eventId: "event",
  status: "status",
  signedOn: "signed_on",
  termStart: "term_start",
  termEnd: "term_end",
  signedValue: "value",
  valueKind: "value_kind",
};

function columnOfPath(path: PropertyKey[], leadFirst: boolean): ColumnKey | "_row" {
  if (path[0] === "parties") return path.length > 1 && path[1] === 0 && leadFirst ? "lead_party" : "partner_parties";
  return COLUMN_OF[String(path[0])] ?? "_row";
}

/**
 * Builds and validates the form input of one row. For an update, `existing`
 * supplies every column the file does not have, so a sheet without, say, a
 * summary column leaves summaries alone; signatories of parties that stay are kept.
 */
export function rowInput(values: RowValues, lookups: Lookups, newIds: Map<string, number>, existing?: AgreementInput): RowInput {
  const issues: RowIssue[] = [];
  const has = (k: ColumnKey) => k in values;
  const pick = <T>(k: ColumnKey, fromFile: () => T, fromExisting: () => T): T => (!has(k) && existing ? fromExisting() : fromFile());

  const categoryName = text(values.category);
  const categoryId = pick("category", () => (categoryName ? (lookups.category(categoryName) ?? -1) : undefined), () => existing!.categoryId);
  if (categoryId === -1) issues.push({ column: "category", code: "unknownCategory" });

  const eventName = text(values.event);
  const event = pick("event", () => (eventName ? lookups.event(eventName) : null), () => existing!.eventId ?? null);
  if (eventName && has("event") && event === undefined) issues.push({ column: "event", code: "unknownEvent" });
  if (event === "ambiguous") issues.push({ column: "event", code: "ambiguousEvent" });

  const statusName = text(values.status);
  const status = pick("status", () => (statusName ? statusByName(statusName) : "signed"), () => existing!.status);
  if (statusName && !status) issues.push({ column: "status", code: "unknownStatus" });

  const kindName = text(values.value_kind);
  const valueKind = pick("value_kind", () => (kindName ? valueKindByName(kindName) : "binding"), () => existing!.valueKind);
  if (kindName && !valueKind) issues.push({ column: "value_kind", code: "unknownValueKind" });

  const newParties: string[] = [];
  const parties = pick(
    "lead_party",
    () => resolveParties(values, lookups, newIds, newParties, issues, existing),
    () => (has("partner_parties") ? resolveParties(values, lookups, newIds, newParties, issues, existing) : existing!.parties),
  );
  const leadFirst = Boolean(text(values.lead_party)) || (!has("lead_party") && Boolean(existing?.parties[0]?.isLead));

  const form: AgreementFormInput = {
    reference: text(values.reference),
    titleZh: pick("title_zh", () => text(values.title_zh), () => existing!.titleZh),
    titleEn: pick("title_en", () => text(values.title_en), () => existing!.titleEn ?? ""),
    summary: pick("summary", () => text(values.summary), () => existing!.summary ?? ""),
    categoryId: categoryId === -1 || categoryId === undefined ? "" : categoryId,
    eventId: typeof event === "number" ? event : "",
    status: (status ?? "") as AgreementFormInput["status"],
    signedOn: pick("signed_on", () => date(values.signed_on), () => existing!.signedOn ?? ""),
    termStart: pick("term_start", () => date(values.term_start), () => existing!.termStart ?? ""),
    termEnd: pick("term_end", () => date(values.term_end), () => existing!.termEnd ?? ""),
    signedValue: pick("value", () => text(values.value), () => existing!.signedValue ?? ""),
    valueKind: (valueKind ?? "") as AgreementFormInput["valueKind"],
    parties,
  };
  const parsed = agreementSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path, leadFirst);
      // A name we already reported as unknown is not "required" as well.
      if (issues.some((i) => i.column === column)) continue;
      issues.push({ column, code: issue.message });
    }
  }
  return { input: issues.length ? undefined : parsed.data, newParties, issues };
}

function resolveParties(
  values: RowValues,
  lookups: Lookups,
  newIds: Map<string, number>,
  newParties: string[],
  issues: RowIssue[],
  existing?: AgreementInput,
): AgreementFormInput["parties"] {
  const lead = splitParties(text(values.lead_party));
  const partners = splitParties(text(values.partner_parties));
  if (lead.length > 1) issues.push({ column: "lead_party", code: "oneLeadParty" });
  // An export lists every party in order under 合作方 when the lead is not 甲方; the lead is then flagged in place.
  const named = lead[0] && partners.includes(lead[0])
    ? partners.map((name) => ({ name, isLead: name === lead[0] }))
    : [...lead.slice(0, 1).map((name) => ({ name, isLead: true })), ...partners.map((name) => ({ name, isLead: false }))];
  const out: AgreementFormInput["parties"] = [];
  for (const { name, isLead } of named) {
    const column = isLead ? "lead_party" : "partner_parties";
    const match = lookups.party(name);
    if ("ambiguous" in match || "unknownCode" in match) {
      issues.push({ column, code: "ambiguous" in match ? "ambiguousParty" : "unknownCreditCode" });
      continue;
    }
    let id: number;
    if ("id" in match) id = match.id;
    else {
      if (!newIds.has(name)) newIds.set(name, NEW_PARTY_ID_BASE + newIds.size);
      id = newIds.get(name)!;
      if (!newParties.includes(name)) newParties.push(name);
    }
    const kept = existing?.parties.find((p) => p.organizationId === id);
    out.push({ organizationId: id, isLead, signatoryName: kept?.signatoryName ?? "", signatoryTitle: kept?.signatoryTitle ?? "" });
  }
  return out;
}

/**
 * The row's owner (负责人): by the 负责人邮箱 column when it has a value, else by
 * the 负责人 cell as an email or an exact name. Blank: no owner id (an update
 * keeps its owner, a new agreement is the importer's). Only active staff
 * members and admins can own agreements; anyone else is an error naming the column.
 */
export function rowOwner(values: RowValues, lookups: Lookups): { ownerId?: number; issue?: RowIssue } {
  const email = text(values.owner_email).trim();
  const name = text(values.owner).trim();
  const column: ColumnKey = email ? "owner_email" : "owner";
  if (!email && !name) return {};
  const match = lookups.owner(email || name);
  if ("id" in match) return { ownerId: match.id };
  return { issue: { column, code: "ambiguous" in match ? "ambiguousOwner" : "unknownOwner" } };
}

/** True when the row would save exactly what the registry holds. */
export function sameAgreement(a: AgreementInput, b: AgreementInput): boolean {
  const norm = (x: AgreementInput) =>
    JSON.stringify([
      x.reference, x.titleZh, x.titleEn ?? null, x.summary ?? null, x.categoryId, x.eventId ?? null, x.status,
      x.signedOn ?? null, x.termStart ?? null, x.termEnd ?? null, x.signedValue ?? null, x.valueKind,
      x.parties.map((p) => [p.organizationId, p.isLead, p.signatoryName ?? null, p.signatoryTitle ?? null]),
    ]);
  return norm(a) === norm(b);
}
