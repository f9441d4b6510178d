import { describe, expect, it } from "vitest";
import { negotiateLocale, localReturnPath } from "./locales";

describe("negotiateLocale", () => {
  it("defaults to 简体中文", () => {
    expect(negotiateLocale(null)).toBe("zh-CN");
    expect(negotiateLocale("fr-FR,de;q=0.8")).toBe("zh-CN");
  });
  it("maps Chinese variants to simplified or traditional", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("zh-TW")).toBe("zh-TW");
    expect(negotiateLocale("zh-HK,en;q=0.5")).toBe("zh-TW");
    expect(negotiateLocale("zh-Hant-HK")).toBe("zh-TW");
  });
  it("honours q-values", () => {
    expect(negotiateLocale("fr;q=1, en-GB;q=0.9, zh;q=0.3")).toBe("en");
    expect(negotiateLocale("en;q=0.2, zh-TW;q=0.8")).toBe("zh-TW");
  });
});

describe("localReturnPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(localReturnPath("/agreements?q=%E6%B6%88%E9%87%91&page=2")).toBe("/agreements?q=%E6%B6%88%E9%87%91&page=2");
    expect(localReturnPath("/")).toBe("/");
  });
  it("refuses anything that leaves the site", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "/.//evil.example", "/..//evil.example", "/%2e//evil.example", "/a/..//evil.example", "/./\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(localReturnPath(bad)).toBe("/");
    }
  });
});
