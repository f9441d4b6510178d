/**
 * A record's own name or title for the viewer: in English the English one where the record has it, else the Chinese one.
 * 繁體 shows the data as stored: names are legal names, and converting them would change what was signed.
 */
export function recordName(locale: string, zh: string, en: string | null | undefined): string {
  const english = en?.trim();
  return locale === "en" && english ? english : zh;
}

/** The other name, shown beside the chosen one (a Chinese name under its English one, and the reverse); null when there is none. */
export function otherRecordName(locale: string, zh: string, en: string | null | undefined): string | null {
  const english = en?.trim();
  if (!english) return null;
  return locale === "en" ? zh : english;
}
