/**
 * Cross-site request forgery check for cookie-authenticated writes: a browser
 * says where a request comes from (Origin, Sec-Fetch-Site), and a page on
 * another site may not upload into the registry with the visitor's cookie.
 * A client that sends neither (curl, a script) is no browser carrying someone
 * else's cookie, so it passes. Pure.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin) {
    const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host");
    try {
      return origin !== "null" && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = headers.get("sec-fetch-site");
  return !site || site === "same-origin";
}
