import { getDb } from "@/db/client";
import { commitImport } from "@/db/mutations/imports";
import { planImport } from "@/db/queries/import-plan";
import { listCategories } from "@/db/queries/reference-data";
import { apiError } from "@/lib/auth/api";
import { WRITER_ROLES } from "@/lib/auth/guard";
import { withSessionUser } from "@/lib/auth/session-route";
import { DomainError } from "@/lib/domain-error";
import { pickLabel } from "@/lib/i18n/labels";
import { isLocale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translator";
import { readUploadedFile } from "@/lib/http/upload";
import { MAX_IMPORT_BYTES, readSheet } from "@/lib/spreadsheets/read-sheet";
import { errorRowsResponse } from "./error-rows";
import { importReport, issueTexts } from "./report";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** `versions` as the preview answered them: `{ "CQ-2025-0001": 3 }`; anything else is ignored. */
function parseVersions(raw: string | null): Record<string, number> {
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => Number.isInteger(e[1])));
  } catch {
    return {};
  }
}

/**
 * `POST /api/v1/imports` (multipart, field `file`; optional `sheet`, and
 * `versions` from the preview): classifies every row of a CSV or XLSX against
 * the registry and writes nothing; with `?commit=1` writes every valid row in
 * one transaction; with `?errors=csv` answers the rows in error as a CSV with
 * an extra error column, to fix and upload again. Staff and admins, signed in, from this site or a client
 * without an `Origin`. Refusals name the reason in the caller's language.
 */
export const POST = withSessionUser(WRITER_ROLES, async (req, user) => {
  const url = new URL(req.url);
  const requested = url.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : await resolveLocale();
  const t = await translatorFor(locale);
  const refuse = (status: number, error: string, values?: Record<string, string>) =>
    apiError(status, error, t(`spreadsheets.refused.${error}`, values));

  const upload = await readUploadedFile(req, MAX_IMPORT_BYTES);
  if (!upload.ok) return refuse(upload.status, upload.error);
  const sheet = await readSheet(upload.bytes, upload.field("sheet") ?? undefined);
  if (!sheet.ok) return refuse(sheet.error === "unsupportedFile" || sheet.error === "legacyExcel" ? 415 : 422, sheet.error);

  const db = await getDb();
  const categories = (await listCategories(db)).map((c) => pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale));
  if (url.searchParams.get("errors") === "csv") {
    const plan = await planImport(db, sheet.rows);
    return errorRowsResponse(plan, sheet.rows, await issueTexts(plan, locale, categories), t("spreadsheets.errorColumn"));
  }
  const commit = url.searchParams.get("commit") === "1";
  const versions = parseVersions(upload.field("versions"));
  let plan;
  try {
    plan = commit ? await commitImport(db, user, sheet.rows, versions) : await planImport(db, sheet.rows, versions);
  } catch (err) {
    if (err instanceof DomainError) return refuse(409, "commitFailed", { reason: Object.keys(err.fieldErrors ?? {}).join(", ") || err.message });
    throw err;
  }
  const report = await importReport(plan, locale, commit, categories);
  return Response.json({ ...report, file: { format: sheet.format, encoding: sheet.encoding, sheet: sheet.sheet, sheets: sheet.sheets } }, { headers: NO_STORE });
});
