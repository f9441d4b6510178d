import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("passes a request from this site, behind a proxy too", () => {
    expect(isSameOrigin(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(h({ origin: "https://accord.example.cn", host: "10.0.0.5:3000", "x-forwarded-host": "accord.example.cn" }))).toBe(true);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });
  it("refuses another site, an opaque origin and a browser saying cross-site", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-site" }))).toBe(false);
  });
  it("passes a client that is not a browser (no Origin, no Sec-Fetch-Site)", () => {
    expect(isSameOrigin(h({ host: "localhost:3000" }))).toBe(true);
  });
});

describe("attachmentDisposition", () => {
  it("sends an ASCII name as it is, in both parameters", () => {
    expect(attachmentDisposition("agreement v2.pdf", 7)).toBe(`attachment; filename="agreement v2.pdf"; filename*=UTF-8''agreement%20v2.pdf`);
  });
  it("sends a Chinese name in filename* and a plain fallback", () => {
    expect(attachmentDisposition("战略合作协议.pdf", 7)).toBe(`attachment; filename="attachment-7.pdf"; filename*=UTF-8''%E6%88%98%E7%95%A5%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE.pdf`);
  });
  it("cannot be broken out of by quotes or header characters in the name", () => {
    const value = attachmentDisposition(`a"b\\c'(d).pdf`, 7);
    expect(value).toBe(`attachment; filename="a_b_c'(d).pdf"; filename*=UTF-8''a%22b%5Cc%27%28d%29.pdf`);
    expect(value).not.toMatch(/[\r\n]/);
  });
});
