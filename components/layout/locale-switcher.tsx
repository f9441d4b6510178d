"use client";

import { useLocale, useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { useHydrated } from "@/components/ui/use-hydrated";

const NAMES: Record<(typeof LOCALES)[number], string> = { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" };

/**
 * Loads the page again through /api/locale, which remembers the choice in a
 * cookie, so every string, `<html lang>` and the title change together (a soft
 * router refresh raced with a page still streaming and could leave the old
 * language's content beside the new). Disabled until hydrated, so a choice made
 * earlier is not silently dropped. A form with unsaved input asks before leaving
 * (see useZodForm); staying keeps both the input and the language.
 */
export function LocaleSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const ready = useHydrated();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      <span className="sr-only">{t("language")}</span>
      <select
        aria-label={t("language")}
        data-testid="locale-switcher"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-brand-600 disabled:opacity-60"
        value={locale}
        disabled={!ready}
        onChange={(e) => {
          const back = window.location.pathname + window.location.search;
          // A full document load through the route handler, not a client navigation: see above.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign(`/api/locale?${new URLSearchParams({ to: e.target.value, back })}`);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
