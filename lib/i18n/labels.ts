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

/** A category key's name in the locale, from a list of categories; an unknown key shows as itself. */
export function categoryLabeler(categories: { key: string; nameZh: string; nameZhHant: string; nameEn: string }[], locale: string) {
  return (key: string) => {
    const c = categories.find((x) => x.key === key);
    return c ? pickLabel({ zh: c.nameZh, zhHant: c.nameZhHant, en: c.nameEn }, locale) : key;
  };
}
