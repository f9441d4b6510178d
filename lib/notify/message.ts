import type { ReminderRule } from "@/lib/domain/reminders";

/** What a reminder message says about its agreement. */
export interface ReminderMessage {
  rule: ReminderRule;
  threshold: number;
  agreementId: number;
  reference: string;
  title: string;
  ownerName: string | null;
  termEnd: string | null;
}

/** The link base for messages: APP_BASE_URL (documented), else the local server. */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.APP_BASE_URL || `http://localhost:${env.PORT || "3000"}`).replace(/\/+$/, "");
}

/** The headline in Chinese: the robots' readers are the registry's staff. */
export function reminderHeadline(m: Pick<ReminderMessage, "rule" | "threshold">): string {
  if (m.rule === "term_end") return `合作期限 ${m.threshold} 天内到期`;
  if (m.rule === "no_progress") return `已签约 ${m.threshold} 天无履约进展`;
  return "落地金额超过签约金额";
}

/** Title and markdown body of a reminder, with the agreement's title, reference, owner, term end and link. */
export function reminderText(m: ReminderMessage, baseUrl: string): { title: string; text: string; url: string } {
  const url = `${baseUrl}/agreements/${m.agreementId}`;
  const title = `合作协议提醒：${reminderHeadline(m)}`;
  const text = [
    `### ${title}`,
    `- 协议：${m.title}`,
    `- 编号：${m.reference}`,
    `- 负责人：${m.ownerName ?? "未指定"}`,
    `- 到期日：${m.termEnd ?? "未填写"}`,
    `- 查看：[${url}](${url})`,
  ].join("\n");
  return { title, text, url };
}

/** The test message sent from /admin/notifications. */
export function testText(baseUrl: string): { title: string; text: string; url: string } {
  const title = "合作协议台账：测试消息";
  return { title, text: `### ${title}\n收到这条消息，说明提醒可以送达本群。\n- 台账：[${baseUrl}](${baseUrl})`, url: baseUrl };
}
