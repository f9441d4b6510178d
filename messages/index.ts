import type { Locale } from "@/lib/i18n/locales";

/** One file per namespace and locale, so features add their texts without touching each other's. */
export const NAMESPACES = [
  "app", "nav", "roles", "login", "dashboard", "agreements", "pagination", "status", "valueKind",
  "partyType", "errors", "common", "agreementForm", "filters", "detail", "parties", "events", "batch", "actions", "admin",
  "stewardship", "documents", "reminders", "spreadsheets", "agreementList", "charts", "users", "categoryAdmin", "auditLog", "ui", "brief",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
