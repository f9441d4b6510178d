import { createHmac } from "node:crypto";
import type { ChannelKind } from "@/lib/domain/reminders";
import { dingtalkSignedUrl } from "./dingtalk";

export interface Channel {
  kind: ChannelKind;
  url: string;
  secret: string | null;
}

export interface Outgoing {
  title: string;
  text: string;
  url: string;
  /** Extra fields for the generic webhook (the reminder as data). */
  data?: Record<string, unknown>;
}

export type SendResult = { ok: true; httpStatus: number } | { ok: false; httpStatus: number | null; error: string };

/** Seconds before a robot that does not answer counts as a failed attempt. */
export const SEND_TIMEOUT_MS = 10_000;

/** The request each kind of channel expects. */
export function buildRequest(channel: Channel, message: Outgoing, nowMs: number): { url: string; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (channel.kind === "wecom") {
    return { url: channel.url, headers, body: JSON.stringify({ msgtype: "markdown", markdown: { content: message.text } }) };
  }
  if (channel.kind === "dingtalk") {
    const url = channel.secret ? dingtalkSignedUrl(channel.url, channel.secret, nowMs) : channel.url;
    return { url, headers, body: JSON.stringify({ msgtype: "markdown", markdown: { title: message.title, text: message.text } }) };
  }
  const body = JSON.stringify({ type: "accord.reminder", title: message.title, text: message.text, url: message.url, ...message.data });
  if (channel.secret) {
    // The receiver recomputes HMAC-SHA256(secret, timestamp + "." + body) to know the message is ours.
    headers["x-accord-timestamp"] = String(nowMs);
    headers["x-accord-signature"] = `sha256=${createHmac("sha256", channel.secret).update(`${nowMs}.${body}`).digest("hex")}`;
  }
  return { url: channel.url, headers, body };
}

/**
 * Posts one message. Only http(s) (checked again here, not only in the form),
 * no redirects, a time limit; 企业微信 and 钉钉 answer 200 with `errcode` ≠ 0 when
 * they refuse a message, which counts as a failure.
 */
export async function sendMessage(channel: Channel, message: Outgoing, nowMs = Date.now()): Promise<SendResult> {
  const req = buildRequest(channel, message, nowMs);
  const protocol = URL.canParse(req.url) ? new URL(req.url).protocol : "";
  if (protocol !== "http:" && protocol !== "https:") return { ok: false, httpStatus: null, error: "only http(s) URLs are allowed" };
  let res: Response;
  try {
    res = await fetch(req.url, { method: "POST", headers: req.headers, body: req.body, redirect: "error", signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
  } catch (err) {
    const name = (err as Error).name;
    return { ok: false, httpStatus: null, error: name === "TimeoutError" ? `no answer within ${SEND_TIMEOUT_MS / 1000} s` : String((err as Error).message).slice(0, 300) };
  }
  const answer = (await res.text().catch(() => "")).slice(0, 500);
  if (!res.ok) return { ok: false, httpStatus: res.status, error: `HTTP ${res.status} ${answer}`.trim() };
  if (channel.kind !== "webhook") {
    const code = robotErrcode(answer);
    if (code !== 0) return { ok: false, httpStatus: res.status, error: `errcode ${code ?? "?"}: ${answer}` };
  }
  return { ok: true, httpStatus: res.status };
}

function robotErrcode(answer: string): number | null {
  try {
    const code = (JSON.parse(answer) as { errcode?: unknown }).errcode;
    return typeof code === "number" ? code : null;
  } catch {
    return null;
  }
}

/** A channel URL without its query (where robots keep their access token), for pages and the audit log. */
export function displayUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search ? "?…" : ""}`;
}
