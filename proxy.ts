import type { NextRequest } from "next/server";

// Convenience only: it sends visitors without a session cookie to /login early.
// Every page, loader, action and route handler verifies the session and role itself.
//
// It deliberately does not run Auth.js here: Auth.js's proxy wrapper re-issues the
// session cookie on every request, and a prefetch still in flight when someone
// signs out would put the cookie back. Sessions therefore end a fixed time after
// sign-in (SESSION_MAX_AGE_SECONDS).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const open = pathname === "/login" || pathname.startsWith("/api/");
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!hasSession && !open) {
    return Response.redirect(new URL("/login", req.nextUrl.origin));
  }
}

export const config = {
  // Everything but Next.js assets and the app icon (the sign-in page shows it too).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
