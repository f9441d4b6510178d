import { describe, expect, it } from "vitest";
import { dingtalkSign, dingtalkSignedUrl } from "./dingtalk";

// Computed independently with Python's hmac/hashlib/base64 and urllib.parse.quote_plus:
//   base64(hmac_sha256(b"SEC0123456789abcdef", b"1700000000000\nSEC0123456789abcdef"))
const SECRET = "SEC0123456789abcdef";
const TIMESTAMP = 1_700_000_000_000;
const SIGN = "TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=";
const SIGN_ENCODED = "TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D";

describe("钉钉 robot signature", () => {
  it("matches the known vector", () => {
    expect(dingtalkSign(SECRET, TIMESTAMP)).toBe(SIGN);
  });

  it("puts timestamp and the URL-encoded sign on the robot URL, keeping its access token", () => {
    const url = dingtalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", SECRET, TIMESTAMP);
    expect(url).toBe(`https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=${TIMESTAMP}&sign=${SIGN_ENCODED}`);
    expect(new URL(url).searchParams.get("sign")).toBe(SIGN);
  });
});
