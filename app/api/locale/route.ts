import { isLocale, LOCALE_COOKIE, localReturnPath } from "@/lib/i18n/locales";

/**
 * GET /api/locale?to=en&back=/agreements: remembers the language and returns to the page.
 * Open to signed-out visitors (the sign-in page has the switcher too); it touches only
 * the caller's own preference cookie, and `back` may only name a path on this site.
 */
export function GET(req: Request): Response {
  const url = new URL(req.url);
  const to = url.searchParams.get("to");
  const headers = new Headers({ Location: localReturnPath(url.searchParams.get("back")), "Cache-Control": "no-store" });
  if (isLocale(to)) headers.append("Set-Cookie", `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
