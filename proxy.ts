import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Convenience only: it sends signed-out visitors to /login early. Every page,
// loader, action and route handler checks the session and role itself.
const { auth } = NextAuth(authConfig);

export default auth((req) => {
  const { pathname } = req.nextUrl;
  const open = pathname === "/login" || pathname.startsWith("/api/");
  if (!req.auth && !open) {
    return Response.redirect(new URL("/login", req.nextUrl.origin));
  }
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
