import type { Locale } from "./locales";

export interface Localized {
  zh: string;
  zhHant: string;
  en: string;
}

/** Reference-data names stored in three columns, picked for the viewer's locale. */
export function pickLabel(label: Localized, locale: string): string {
  if (locale === "en") return label.en;
  if (locale === "zh-TW") return label.zhHant;
  return label.zh;
}

export function asMoneyLocale(locale: string): Locale {
  return locale === "en" || locale === "zh-TW" ? locale : "zh-CN";
}
