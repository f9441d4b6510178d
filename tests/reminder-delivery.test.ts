/**
 * Sending reminders to a local webhook (a real HTTP server in this process):
 * once per reminder and channel however often and however concurrently the job
 * runs, retried with backoff and then recorded as failed, the robots' formats
 * and signatures, and the admin's test message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createChannel, sendDueDeliveries, sendTestMessage } from "@/db/mutations/deliveries";
import { runReminderJob } from "@/db/mutations/reminder-job";
import { raiseDueReminders } from "@/db/mutations/reminders";
import { listRecentDeliveries } from "@/db/queries/notification-channels";
import { agreements, deliveryAttempts, reminderDeliveries } from "@/db/schema";
import { dingtalkSign } from "@/lib/notify/dingtalk";
import { channelSchema } from "@/lib/validation/reminders";
import { sendMessage } from "@/lib/notify/send";
import { baseFixtures, insertAgreementRows, type Fx } from "./fixtures";
import { startWebhook } from "./reminder-server";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
/** Noon in Shanghai on 2026-03-01. */
const NOW = new Date("2026-03-01T04:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

/** `n` signed agreements owned by the staff member, each with its term ending in 20 days (one 30-day reminder each). */
async function expiring(n: number) {
  const rows = await insertAgreementRows(
    t.db,
    Array.from({ length: n }, (_, i) => ({
      reference: `CQ-2026-${String(i + 1).padStart(4, "0")}`, titleZh: `数字金融联合实验室合作协议 ${i + 1}`, categoryId: fx.cat.fin.id,
      status: "signed" as const, signedOn: "2026-02-20", signedValue: "1000000.00", partyIds: [],
    })),
  );
  await t.db.update(agreements).set({ termEnd: "2026-03-21", ownerId: fx.users.staff.id });
  return rows;
}

beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  process.env.APP_BASE_URL = "https://accord.example.cn/";
});

describe("delivery to a generic webhook", () => {
  it("sends each reminder once, in Chinese with title, reference, owner, term end and link, even when the job runs twice", async () => {
    const hook = await startWebhook();
    try {
      await createChannel(t.db, fx.users.admin, { kind: "webhook", name: "BI 接收端", url: hook.url, secret: "s3cret" });
      const [a] = await expiring(1);
      expect(await runReminderJob(t.db, NOW)).toMatchObject({ today: "2026-03-01", raised: 1, sent: 1, failed: 0 });
      expect(await runReminderJob(t.db, later(60))).toMatchObject({ raised: 0, sent: 0 });
      expect(hook.received).toHaveLength(1);
      const { body, headers } = hook.received[0];
      expect(body.title).toBe("合作协议提醒：合作期限 30 天内到期");
      for (const part of ["数字金融联合实验室合作协议 1", "CQ-2026-0001", "负责人：李专员", "到期日：2026-03-21", `https://accord.example.cn/agreements/${a.id}`]) {
        expect(body.text).toContain(part);
      }
      expect(body.reminder).toMatchObject({ rule: "term_end", threshold: 30, agreement: { reference: "CQ-2026-0001", owner: "李专员", termEnd: "2026-03-21" } });
      expect(headers["x-accord-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    } finally {
      await hook.close();
    }
  });

  it("retries a failing webhook after 1, 5, 30 and 120 minutes, then records it as failed with every attempt", async () => {
    const hook = await startWebhook(() => ({ status: 502, body: { error: "bad gateway" } }));
    try {
      await createChannel(t.db, fx.users.admin, { kind: "webhook", name: "坏掉的接收端", url: hook.url });
      await expiring(1);
      expect(await runReminderJob(t.db, NOW)).toMatchObject({ sent: 0, retried: 1, failed: 0 });
      expect(await sendDueDeliveries(t.db, later(0.5))).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due yet
      expect(await sendDueDeliveries(t.db, later(1))).toMatchObject({ retried: 1 });
      expect(await sendDueDeliveries(t.db, later(6))).toMatchObject({ retried: 1 });
      expect(await sendDueDeliveries(t.db, later(36))).toMatchObject({ retried: 1 });
      expect(await sendDueDeliveries(t.db, later(155))).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(await sendDueDeliveries(t.db, later(156))).toMatchObject({ failed: 1 });
      expect(await sendDueDeliveries(t.db, later(10_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(hook.received).toHaveLength(5);
      const [delivery] = await listRecentDeliveries(t.db);
      expect(delivery).toMatchObject({ state: "failed", attempts: 5, reference: "CQ-2026-0001" });
      expect(delivery.attemptLog).toHaveLength(5);
      expect(delivery.attemptLog.every((a) => !a.ok && a.httpStatus === 502 && a.error?.includes("bad gateway"))).toBe(true);
    } finally {
      await hook.close();
    }
  });
});

describe("group robots", () => {
  it("企业微信 gets markdown; 钉钉 gets markdown with timestamp and sign on the URL; errcode ≠ 0 is a failure", async () => {
    const hook = await startWebhook((n) => (n === 3 ? { status: 200, body: { errcode: 310000, errmsg: "sign not match" } } : { status: 200, body: { errcode: 0 } }));
    try {
      await createChannel(t.db, fx.users.admin, { kind: "wecom", name: "企业微信群", url: `${hook.url}?key=abc` });
      await createChannel(t.db, fx.users.admin, { kind: "dingtalk", name: "钉钉群", url: `${hook.url}?access_token=xyz`, secret: "SECabc" });
      await expiring(1);
      await raiseDueReminders(t.db, "2026-03-01", NOW);
      expect(await sendDueDeliveries(t.db, NOW)).toEqual({ sent: 2, retried: 0, failed: 0 });
      const [wecom, ding] = hook.received;
      expect(wecom.query.get("key")).toBe("abc");
      expect(wecom.body).toMatchObject({ msgtype: "markdown", markdown: { content: expect.stringContaining("CQ-2026-0001") } });
      expect(ding.query.get("access_token")).toBe("xyz");
      expect(ding.query.get("timestamp")).toBe(String(NOW.getTime()));
      expect(ding.query.get("sign")).toBe(dingtalkSign("SECabc", NOW.getTime()));
      expect(ding.body).toMatchObject({ msgtype: "markdown", markdown: { title: "合作协议提醒：合作期限 30 天内到期" } });

      const [channel] = await createChannel(t.db, fx.users.admin, { kind: "dingtalk", name: "钉钉群2", url: hook.url }).then((c) => [c.id]);
      expect(await sendTestMessage(t.db, fx.users.admin, channel, NOW)).toMatchObject({ ok: false, error: expect.stringContaining("310000") });
      const [test] = await listRecentDeliveries(t.db, 1);
      expect(test).toMatchObject({ state: "failed", rule: null, channelName: "钉钉群2" });
    } finally {
      await hook.close();
    }
  });

  it("only http(s) addresses are accepted, by the form and again by the sender", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/hook", "javascript:alert(1)", "not a url"]) {
      expect(channelSchema.safeParse({ kind: "webhook", name: "x", url }).error?.issues[0].message).toBe("invalidUrl");
    }
    expect(await sendMessage({ kind: "webhook", url: "file:///etc/passwd", secret: null }, { title: "t", text: "t", url: "u" })).toMatchObject({ ok: false });
  });
});

describe("two job runs at once", () => {
  it("send each of 45 reminders exactly once", async () => {
    // A webhook that takes a moment, so the two runs' batches overlap.
    const hook = await startWebhook(() => ({ status: 200, body: {} }));
    try {
      await createChannel(t.db, fx.users.admin, { kind: "webhook", name: "并发接收端", url: hook.url });
      await expiring(45);
      const [a, b] = await Promise.all([runReminderJob(t.db, NOW), runReminderJob(t.db, NOW)]);
      expect(a.raised + b.raised).toBe(45);
      expect(a.sent + b.sent).toBe(45);
      const refs = hook.received.map((r) => (r.body.reminder as { agreement: { reference: string } }).agreement.reference);
      expect(refs).toHaveLength(45);
      expect(new Set(refs).size).toBe(45);
      const [{ n }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(deliveryAttempts)) as { n: number }[];
      expect(Number(n)).toBe(45);
      expect(await t.db.select().from(reminderDeliveries).where(eq(reminderDeliveries.state, "sent"))).toHaveLength(45);
    } finally {
      await hook.close();
    }
  });
});
