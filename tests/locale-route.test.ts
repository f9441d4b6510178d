import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/locale/route";

const get = (query: string) => GET(new Request(`http://localhost:3000/api/locale?${query}`));

describe("GET /api/locale", () => {
  it("remembers the language for a year and returns to the page the viewer was on", () => {
    const res = get(`to=zh-TW&back=${encodeURIComponent("/agreements?category=talent&page=2")}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/agreements?category=talent&page=2");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^NEXT_LOCALE=zh-TW;/);
    expect(cookie).toContain("Max-Age=31536000");
  });

  it("ignores an unknown language and never redirects off the site", () => {
    const res = get(`to=fr&back=${encodeURIComponent("//evil.example/x")}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});
