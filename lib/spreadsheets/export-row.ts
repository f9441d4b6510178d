import type { AgreementStatus, ValueKind } from "@/lib/domain/enums";
import { pickLabel } from "@/lib/i18n/labels";
import { SHEET_COLUMNS, type ColumnKey } from "./columns";
import type { StreamCell } from "./xlsx-stream";
import { statusLabel, valueKindLabel } from "./vocab";

/** One agreement with every field the import template has, as the export query loads it. */
export interface ExportRow {
  reference: string;
  titleZh: string;
  titleEn: string | null;
  summary: string | null;
  category: { zh: string; zhHant: string; en: string };
  event: { zh: string; en: string | null } | null;
  status: AgreementStatus;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  signedValue: string | null;
  valueKind: ValueKind;
  parties: { nameZh: string; nameEn: string | null; isLead: boolean }[];
  /** 负责人; its email is what the import matches first, so a shared name cannot make the row ambiguous. */
  owner: { name: string; email: string } | null;
}

/**
 * An agreement as a template row in `locale`: names as that language shows
 * them (English where the record has one), so the file imports back as
 * unchanged. Parties: the lead under 牵头方 and the others in order under 合作方;
 * when the lead is not 甲方, 合作方 lists every party in order, so the import
 * keeps each one's position. Pure.
 */
export function exportCells(row: ExportRow, locale: string): Record<ColumnKey, StreamCell> {
  const en = locale === "en";
  const party = (p: ExportRow["parties"][number]) => (en && p.nameEn ? p.nameEn : p.nameZh);
  const leadIndex = row.parties.findIndex((p) => p.isLead);
  const lead = leadIndex >= 0 ? row.parties[leadIndex] : undefined;
  const partners = leadIndex > 0 ? row.parties : row.parties.filter((p) => !p.isLead);
  return {
    reference: row.reference,
    title_zh: row.titleZh,
    title_en: row.titleEn,
    category: pickLabel(row.category, locale),
    event: row.event ? (en && row.event.en ? row.event.en : row.event.zh) : null,
    status: statusLabel(row.status, locale),
    signed_on: row.signedOn,
    value: { money: row.signedValue },
    value_kind: valueKindLabel(row.valueKind, locale),
    lead_party: lead ? party(lead) : null,
    partner_parties: partners.map(party).join(en ? "; " : "；") || null,
    term_start: row.termStart,
    term_end: row.termEnd,
    summary: row.summary,
    owner: row.owner?.name ?? null,
    owner_email: row.owner?.email ?? null,
  };
}

/** The row's cells in template column order. */
export const exportLine = (row: ExportRow, locale: string): StreamCell[] => {
  const cells = exportCells(row, locale);
  return SHEET_COLUMNS.map((c) => cells[c.key]);
};

/** A cell as CSV text: money as its exact decimal. */
export const csvText = (cell: StreamCell): string => (cell === null ? "" : typeof cell === "string" ? cell : (cell.money ?? ""));
