import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest, malformedPath } from "@/lib/http/request-limits";
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS, HSTS, isHttps, newNonce } from "@/lib/http/security-headers";

// Three jobs. Requests the framework would answer with a 500 (an action body
// over its limit or not as React encodes it, a path that does not decode) get a 400/413 here.
// Security headers on every answer: a CSP with a fresh nonce that Next
// reads from the request's own CSP header and puts on its scripts, and no-store,
// since every page but /login shows registry data and every API answer is per user.
// And, for convenience only, sending visitors without a session cookie to /login
// early: every page, loader, action and route handler verifies the session and role itself.
//
// It deliberately does not run Auth.js here: Auth.js's proxy wrapper re-issues the
// session cookie on every request, and a prefetch still in flight when someone
// signs out would put the cookie back. Sessions therefore end a fixed time after
// sign-in (SESSION_MAX_AGE_SECONDS).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default async function proxy(req: NextRequest): Promise<Response> {
  const refused = malformedPath(req.url) ?? (await checkActionRequest(req));
  if (refused) return withSecurityHeaders(req, refused, contentSecurityPolicy(newNonce()));
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname } = req.nextUrl;
  const open = pathname === "/login" || pathname.startsWith("/api/");
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));

  let res: NextResponse;
  if (!hasSession && !open) {
    res = NextResponse.redirect(new URL("/login", req.nextUrl.origin));
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  return withSecurityHeaders(req, res, csp);
}

function withSecurityHeaders(req: NextRequest, res: Response, csp: string): Response {
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(FIXED_SECURITY_HEADERS)) res.headers.set(name, value);
  if (isHttps(req.nextUrl.protocol, req.headers.get("x-forwarded-proto"))) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

export const config = {
  // Everything but Next.js's hashed assets and the app icon; next.config.ts gives those the fixed headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
