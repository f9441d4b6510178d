import "server-only";
import { fenToDecimal, toFen } from "@/lib/money";
import { mapHeaders, type HeaderMap } from "@/lib/spreadsheets/columns";
import { rowInput, rowOwner, rowValues, sameAgreement, splitParties, type RowIssue, type RowValues } from "@/lib/spreadsheets/import-row";
import type { Cell } from "@/lib/spreadsheets/read-sheet";
import type { AgreementInput } from "@/lib/validation/agreement";
import type { DbOrTx } from "../client";
import { loadAgreementsByReference, loadImportLookups } from "./import-lookups";

export type ImportAction = "create" | "update" | "unchanged" | "error";

export interface PlannedRow {
  /** The row's number in the sheet as a spreadsheet program shows it (the header is row 1). */
  row: number;
  reference: string;
  action: ImportAction;
  issues: RowIssue[];
  input?: AgreementInput;
  existingId?: number;
  version?: number;
  /** Party names with no organisation in the registry: created on commit. */
  newParties: string[];
  /** The owner (负责人) to set: a new agreement's when the row names one (else the importer's), an update's only when it changes. */
  ownerId?: number;
}

export interface ImportPlan {
  headers: HeaderMap;
  rows: PlannedRow[];
  counts: Record<ImportAction, number>;
  /** Sum of the signed values of every row without errors, exact yuan. */
  signedValue: string;
  newParties: string[];
  /** Placeholder id → name, for the organisations the commit creates. */
  newPartyIds: Map<number, string>;
}

const isBlank = (cells: Cell[]) => cells.every((c) => typeof c === "string" && !c.trim());
const text = (c: Cell | undefined) => (typeof c === "string" ? c : "");

/**
 * Classifies every row of a sheet (header first) against the registry without
 * writing anything: create (new reference), update (a registered reference
 * whose fields differ), unchanged, or error with its issues. A reference given
 * twice is an error on its second row. `expectedVersions` are the versions a
 * preview showed: a row changed since then is an error rather than overwritten.
 */
export async function planImport(db: DbOrTx, sheet: Cell[][], expectedVersions: Record<string, number> = {}): Promise<ImportPlan> {
  const headers = mapHeaders(sheet[0].map((c) => (typeof c === "string" ? c : "")));
  const body = sheet
    .slice(1)
    .map((cells, i) => ({ row: i + 2, values: rowValues(cells, headers), blank: isBlank(cells) }))
    .filter((r) => !r.blank);
  const refOf = (v: RowValues) => text(v.reference).trim().toUpperCase();
  const [lookups, existing] = await Promise.all([
    loadImportLookups(db, {
      categories: body.map((r) => text(r.values.category).trim()).filter(Boolean),
      events: body.map((r) => text(r.values.event).trim()).filter(Boolean),
      parties: body.flatMap((r) => [...splitParties(text(r.values.lead_party)), ...splitParties(text(r.values.partner_parties))]),
      owners: body.flatMap((r) => [text(r.values.owner_email), text(r.values.owner)]),
    }),
    loadAgreementsByReference(db, body.map((r) => refOf(r.values)).filter(Boolean)),
  ]);

  const newIds = new Map<string, number>();
  const seen = new Set<string>();
  const rows: PlannedRow[] = body.map(({ row, values }) => {
    const reference = refOf(values);
    const found = reference ? existing.get(reference) : undefined;
    const built = rowInput(values, lookups, newIds, found && !found.deleted ? found.input : undefined);
    const owner = rowOwner(values, lookups);
    const issues = [...built.issues, ...(owner.issue ? [owner.issue] : [])];
    if (reference && seen.has(reference)) issues.unshift({ column: "reference", code: "duplicateInFile" });
    else if (found?.deleted) issues.unshift({ column: "reference", code: "referenceDeleted" });
    else if (found && expectedVersions[reference] !== undefined && expectedVersions[reference] !== found.version) {
      issues.unshift({ column: "reference", code: "changedSincePreview" });
    }
    if (reference) seen.add(reference);
    const base = { row, reference, newParties: built.newParties };
    if (issues.length || !built.input) return { ...base, action: "error", issues };
    if (!found) return { ...base, action: "create", issues, input: built.input, ownerId: owner.ownerId };
    const ownerId = owner.ownerId !== undefined && owner.ownerId !== found.ownerId ? owner.ownerId : undefined;
    const action = sameAgreement(built.input, found.input) && ownerId === undefined ? "unchanged" : "update";
    return { ...base, action, issues, input: built.input, existingId: found.id, version: found.version, ownerId };
  });

  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  let fen = 0n;
  for (const r of rows) {
    counts[r.action]++;
    if (r.input?.signedValue) fen += toFen(r.input.signedValue);
  }
  const valid = rows.filter((r) => r.action === "create" || r.action === "update");
  const newParties = [...new Set(valid.flatMap((r) => r.newParties))];
  return {
    headers,
    rows,
    counts,
    signedValue: fenToDecimal(fen),
    newParties,
    newPartyIds: new Map([...newIds].filter(([name]) => newParties.includes(name)).map(([name, id]) => [id, name])),
  };
}
