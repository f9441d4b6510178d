import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";

const request = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });

const passedThrough = (res: Response) => res.headers.get("x-middleware-next") === "1";

describe("proxy: convenience redirect", () => {
  it("sends a visitor without a session cookie to /login", async () => {
    const res = await proxy(request("/agreements"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost:3000/login");
  });

  it("does not run on the app icon, which the sign-in page shows", () => {
    expect(config.matcher.some((m) => new RegExp(`^${m}$`).test("/icon.svg"))).toBe(false);
    expect(config.matcher.some((m) => new RegExp(`^${m}$`).test("/agreements"))).toBe(true);
  });

  it("leaves /login and /api to their own checks", async () => {
    expect(passedThrough(await proxy(request("/login")))).toBe(true);
    expect(passedThrough(await proxy(request("/api/v1/rollups")))).toBe(true);
  });

  it("passes a request with a session cookie through without re-issuing the cookie, so sign-out sticks", async () => {
    const res = await proxy(request("/agreements", "authjs.session-token=abc"));
    expect(passedThrough(res)).toBe(true);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(passedThrough(await proxy(request("/", "__Secure-authjs.session-token.0=abc; NEXT_LOCALE=en")))).toBe(true);
    expect((await proxy(request("/", "other-session-token=abc"))).status).toBe(307);
  });
});

describe("proxy: security headers on every answer", () => {
  const csp = (res: Response) => res.headers.get("content-security-policy") ?? "";

  it("gives each request its own script nonce and never allows inline scripts", async () => {
    const [a, b] = [await proxy(request("/login")), await proxy(request("/login"))];
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp(a))?.[1];
    expect(nonce).toBeTruthy();
    expect(csp(b)).not.toContain(nonce);
    const scripts = csp(a).split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp(a)).toContain(d);
  });

  it("hands the nonce to the page render through the request's own CSP header", async () => {
    const res = await proxy(request("/agreements", "authjs.session-token=abc"));
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp(res));
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(/'nonce-([^']+)'/.exec(csp(res))?.[1]);
  });

  it("adds nosniff, the referrer policy, a permissions policy and no-store, redirects included", async () => {
    for (const res of [await proxy(request("/agreements")), await proxy(request("/api/v1/rollups"))]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(csp(res)).toContain("frame-ancestors 'none'");
    }
  });

  it("sends HSTS for a year over HTTPS only", async () => {
    expect((await proxy(request("/login"))).headers.get("strict-transport-security")).toBeNull();
    const viaTls = await proxy(request("/login", undefined, { "x-forwarded-proto": "https" }));
    expect(viaTls.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  });
});
