import "server-only";
import type { ImportPlan } from "@/db/queries/import-plan";
import { columnHeader } from "@/lib/spreadsheets/columns";
import type { RowIssue } from "@/lib/spreadsheets/import-row";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** Codes the import itself gives; every other code is the agreement form's own (actions.errors). */
const IMPORT_CODES = new Set([
  "unknownCategory", "unknownStatus", "unknownValueKind", "unknownEvent", "ambiguousEvent", "ambiguousParty",
  "unknownCreditCode", "oneLeadParty", "duplicateInFile", "referenceDeleted", "changedSincePreview", "invalidDate",
  "unknownOwner", "ambiguousOwner",
]);

export interface IssueTexts {
  /** The column as the file labels it (the template's header in `locale` when the file lacks the column). */
  label: (issue: RowIssue) => string;
  /** Why, in `locale`. */
  message: (issue: RowIssue) => string;
}

/** How the preview, the API and the error-rows file name an issue. */
export async function issueTexts(plan: ImportPlan, locale: Locale, categoryNames: string[]): Promise<IssueTexts> {
  const t = await translatorFor(locale);
  const names = categoryNames.join(locale === "en" ? ", " : "、");
  return {
    label: (issue) => (issue.column === "_row" ? "" : (plan.headers.columns[issue.column]?.label ?? columnHeader(issue.column, locale))),
    message: (issue) => (IMPORT_CODES.has(issue.code) ? t(`spreadsheets.errors.${issue.code}`, { names }) : t(`actions.errors.${issue.code}`)),
  };
}

export interface ImportReport {
  counts: ImportPlan["counts"];
  signedValue: string;
  committed: boolean;
  unknownColumns: string[];
  repeatedColumns: string[];
  newParties: string[];
  rows: { row: number; reference: string; action: string; version?: number; newParties: string[]; errors: { column: string; message: string }[] }[];
}

/**
 * The answer of `POST /api/v1/imports`: every row with its action and its
 * errors, each naming the column as the file labels it and saying why in the
 * caller's language.
 */
export async function importReport(plan: ImportPlan, locale: Locale, committed: boolean, categoryNames: string[]): Promise<ImportReport> {
  const { label, message } = await issueTexts(plan, locale, categoryNames);
  return {
    counts: plan.counts,
    signedValue: plan.signedValue,
    committed,
    unknownColumns: plan.headers.unknown,
    repeatedColumns: plan.headers.repeated,
    newParties: plan.newParties,
    rows: plan.rows.map((r) => ({
      row: r.row,
      reference: r.reference,
      action: r.action,
      ...(r.version === undefined ? {} : { version: r.version }),
      newParties: r.newParties,
      errors: r.issues.map((i) => ({ column: label(i), message: message(i) })),
    })),
  };
}
