/**
 * The columns of the import template, which the export writes too, so an
 * exported sheet can be edited and imported back as updates. Headers are
 * recognised in 简体, 繁體 or English, by label or by key, in any order. Pure.
 */

export const SHEET_COLUMNS = [
  { key: "reference", zh: "协议编号", zhHant: "協議編號", en: "Reference" },
  { key: "title_zh", zh: "协议名称", zhHant: "協議名稱", en: "Title (Chinese)" },
  { key: "title_en", zh: "英文名称", zhHant: "英文名稱", en: "Title (English)" },
  { key: "category", zh: "合作类别", zhHant: "合作類別", en: "Category" },
  { key: "event", zh: "签约活动", zhHant: "簽約活動", en: "Signing event" },
  { key: "status", zh: "状态", zhHant: "狀態", en: "Status" },
  { key: "signed_on", zh: "签约日期", zhHant: "簽約日期", en: "Signed on" },
  { key: "value", zh: "签约金额", zhHant: "簽約金額", en: "Signed value" },
  { key: "value_kind", zh: "金额性质", zhHant: "金額性質", en: "Value kind" },
  { key: "lead_party", zh: "牵头方", zhHant: "牽頭方", en: "Lead party" },
  { key: "partner_parties", zh: "合作方", zhHant: "合作方", en: "Partner parties" },
  { key: "term_start", zh: "起始日", zhHant: "起始日", en: "Term start" },
  { key: "term_end", zh: "到期日", zhHant: "到期日", en: "Term end" },
  { key: "summary", zh: "摘要", zhHant: "摘要", en: "Summary" },
  { key: "owner", zh: "负责人", zhHant: "負責人", en: "Owner" },
  { key: "owner_email", zh: "负责人邮箱", zhHant: "負責人電郵", en: "Owner email" },
] as const;

export type ColumnKey = (typeof SHEET_COLUMNS)[number]["key"];

/** The header a locale writes for a column. */
export function columnHeader(key: ColumnKey, locale: string): string {
  const c = SHEET_COLUMNS.find((x) => x.key === key)!;
  return locale === "en" ? c.en : locale === "zh-TW" ? c.zhHant : c.zh;
}

const normalise = (s: string) => s.replace(/\s+/g, "").toLowerCase();

const BY_HEADER = new Map<string, ColumnKey>(
  SHEET_COLUMNS.flatMap((c) => [c.key, c.zh, c.zhHant, c.en].map((h) => [normalise(h), c.key] as const)),
);

export interface HeaderMap {
  /** Column index in the sheet for each recognised column, and the header as the file labels it. */
  columns: Partial<Record<ColumnKey, { index: number; label: string }>>;
  /** Headers the template does not know: named in the preview and ignored. */
  unknown: string[];
  /** Known columns given twice: the first is read, the second named. */
  repeated: string[];
}

/** Recognises a header row; blank header cells are skipped. */
export function mapHeaders(header: string[]): HeaderMap {
  const out: HeaderMap = { columns: {}, unknown: [], repeated: [] };
  header.forEach((raw, index) => {
    const label = raw.trim();
    if (!label) return;
    const key = BY_HEADER.get(normalise(label));
    if (!key) out.unknown.push(label);
    else if (out.columns[key]) out.repeated.push(label);
    else out.columns[key] = { index, label };
  });
  return out;
}
