import { createTranslator } from "next-intl";
import { loadMessages } from "@/messages";
import type { Locale } from "./locales";

/** A translator for an explicit locale, outside React rendering (route handlers, exports). */
export async function translatorFor(locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
}
