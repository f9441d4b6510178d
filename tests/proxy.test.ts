import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";

const request = (path: string, cookie?: string) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });

describe("proxy (convenience redirect only)", () => {
  it("sends a visitor without a session cookie to /login", () => {
    const res = proxy(request("/agreements"));
    expect(res?.status).toBe(302);
    expect(res?.headers.get("location")).toBe("http://localhost:3000/login");
  });

  it("does not run on the app icon, which the sign-in page shows", () => {
    expect(config.matcher.some((m) => new RegExp(`^${m}$`).test("/icon.svg"))).toBe(false);
    expect(config.matcher.some((m) => new RegExp(`^${m}$`).test("/agreements"))).toBe(true);
  });

  it("leaves /login and /api to their own checks", () => {
    expect(proxy(request("/login"))).toBeUndefined();
    expect(proxy(request("/api/v1/rollups"))).toBeUndefined();
  });

  it("passes a request with a session cookie through without re-issuing the cookie, so sign-out sticks", () => {
    expect(proxy(request("/agreements", "authjs.session-token=abc"))).toBeUndefined();
    expect(proxy(request("/", "__Secure-authjs.session-token.0=abc; NEXT_LOCALE=en"))).toBeUndefined();
    expect(proxy(request("/", "other-session-token=abc"))?.status).toBe(302);
  });
});
