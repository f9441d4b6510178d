/**
 * The headers every answer carries (issue 7, finding 4). Pure: the proxy adds
 * them per request, next.config.ts adds the fixed ones to the static assets it serves itself.
 */

/** A fresh, unguessable nonce for one request's scripts (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets them load
 * Next's chunks); nothing may frame the app, change the base URL or embed plugins.
 * Styles allow inline attributes: the charts (bar sizes) and React's `style` props
 * write them, and a nonce in style-src would make browsers ignore 'unsafe-inline'.
 * Development adds 'unsafe-eval' for React's debugging tools, never production.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers that do not depend on the request: sent on every answer, static assets included. */
export const FIXED_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Older browsers that ignore CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
};

/** One year, only when the request reached us over HTTPS (directly or through a proxy that says so). */
export const HSTS = "max-age=31536000; includeSubDomains";

export function isHttps(protocol: string, forwardedProto: string | null): boolean {
  if (forwardedProto) return forwardedProto.split(",")[0].trim().toLowerCase() === "https";
  return protocol === "https:";
}
