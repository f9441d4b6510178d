export const LOCALES = ["zh-CN", "zh-TW", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps one Accept-Language tag to our locales: zh-HK/zh-MO/zh-Hant → 繁體, other zh → 简体. */
function matchTag(tag: string): Locale | undefined {
  const t = tag.toLowerCase();
  if (t.startsWith("zh")) {
    return /hant|-tw|-hk|-mo/.test(t) ? "zh-TW" : "zh-CN";
  }
  if (t.startsWith("en")) return "en";
  return undefined;
}

/** Picks the best locale from an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const match = matchTag(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** A path on this site to return to after switching language; anything else (another host, `//x`, `/\x`) becomes `/`. */
export function localReturnPath(back: string | null | undefined): string {
  if (!back?.startsWith("/")) return "/";
  const base = "http://accord.invalid";
  const url = new URL(back, base);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot-segments can normalise into a protocol-relative `//host` (`/.//evil`): refuse those too.
  return url.origin === base && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
