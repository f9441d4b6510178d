import { createHmac } from "node:crypto";

/**
 * 钉钉 group robot signing: HMAC-SHA256 keyed with the secret over
 * `timestamp + "\n" + secret`, base64, then URL-encoded into the `timestamp`
 * and `sign` query parameters of the robot's webhook URL.
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
}

/** The robot URL with `timestamp` and `sign` added (URLSearchParams does the URL-encoding). */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const u = new URL(url);
  u.searchParams.set("timestamp", String(timestampMs));
  u.searchParams.set("sign", dingtalkSign(secret, timestampMs));
  return u.toString();
}
