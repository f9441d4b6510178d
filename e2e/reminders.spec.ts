import { expect, test, type Page } from "@playwright/test";
import { startWebhook } from "../tests/reminder-server";
import { signIn } from "./support";

const SHOTS = process.env.SCREENSHOTS_DIR;

/** With SCREENSHOTS_DIR set: the page at 1280 px and at 390 px, to look at. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function pickParty(page: Page, row: number, search: string, option: RegExp) {
  const picker = page.getByTestId(`party-picker-${row}`);
  await picker.click();
  await picker.fill(search);
  await page.getByRole("option", { name: option }).first().click();
  await expect(picker).toHaveValue(option);
}

test("the owner sees a reminder on the bell and dismisses it; a local webhook receives the test message and the reminder", async ({ browser, page }) => {
  test.setTimeout(180_000); // it creates an agreement, sends every raised reminder to the hook and takes screenshots
  const hook = await startWebhook();
  try {
    // Staff create a signed agreement with no progress since 2025: they own it, and it is overdue for progress.
    const title = `两江数智提醒测试协议 ${Date.now()}`;
    await signIn(page, "staff");
    await page.goto("/agreements/new");
    await page.getByLabel("协议名称（中文）").fill(title);
    await page.getByLabel(/合作类别/).selectOption({ label: "科技创新" });
    await page.getByLabel(/^签约日期/).fill("2025-07-10");
    await pickParty(page, 0, "马上消金", /马上消费金融/);
    await pickParty(page, 1, "重庆大学", /重庆大学/);
    await page.getByTestId("save-agreement").click();
    await expect(page).toHaveURL(/\/agreements\/\d+$/);
    await expect(page.getByTestId("detail-owner")).toHaveText("业务专员");
    await expect(page.getByTestId("owner-select")).toHaveValue(/\d+/);
    await shoot(page, "agreement-owner");
    const agreementUrl = new URL(page.url()).pathname;

    // The admin adds the webhook, sends a test message, then runs the job.
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin");
    await admin.goto("/admin/notifications");
    await admin.getByTestId("channel-url").fill("ftp://example.com/hook");
    await admin.getByTestId("channel-name").fill("提醒测试接收端");
    await admin.getByTestId("channel-add").click();
    await expect(admin.getByText("地址须以 http:// 或 https:// 开头")).toBeVisible();
    await admin.getByTestId("channel-kind").selectOption("webhook");
    await admin.getByTestId("channel-url").fill(hook.url);
    await admin.getByTestId("channel-add").click();
    const channel = admin.getByTestId("channel-row").filter({ hasText: "提醒测试接收端" });
    await expect(channel).toContainText("通用 JSON Webhook");
    await channel.getByTestId("channel-test").click();
    await expect(channel.getByTestId("channel-test-result")).toHaveText("测试消息已送达");
    await expect(channel.getByTestId("channel-test")).toBeEnabled();
    expect(hook.received.map((r) => r.body.title)).toContain("合作协议台账：测试消息");

    await admin.getByTestId("run-job").click();
    // The job sends every reminder the sample data raises: give it time on a busy machine.
    await expect(admin.getByTestId("run-job-result")).toContainText("发送成功", { timeout: 60_000 });
    const ours = hook.received.find((r) => String(r.body.text).includes(title));
    expect(ours?.body.title).toBe("合作协议提醒：已签约 90 天无履约进展");
    expect(String(ours?.body.text)).toContain("负责人：业务专员");
    expect(String(ours?.body.text)).toContain(agreementUrl);
    await expect(admin.getByTestId("delivery-table")).toContainText("已发送");
    await expect(channel.getByTestId("channel-test")).toBeEnabled();
    await shoot(admin, "admin-notifications");

    // The owner: the bell counts it, the list shows it, and dismissing it takes it away.
    await page.goto("/");
    const bell = page.getByTestId("reminder-bell");
    await expect(bell).toHaveAccessibleName(/提醒：\d+ 条待处理提醒/);
    const before = Number((await bell.getAttribute("aria-label"))?.match(/(\d+) 条/)?.[1]);
    await expect(page.getByTestId("dashboard-reminders")).toBeVisible();
    await bell.click();
    await expect(page).toHaveURL(/\/notifications$/);
    const item = page.getByTestId("reminder-item").filter({ hasText: title });
    await expect(item).toContainText("已签约，90 天没有履约进展");
    await shoot(page, "notifications");
    await item.getByTestId("reminder-dismiss").click();
    await expect(item).toHaveCount(0);
    await expect(bell).toHaveAccessibleName(before - 1 === 0 ? "提醒：没有待处理的提醒" : `提醒：${before - 1} 条待处理提醒`);

    // Tidy up: later runs must not keep sending to this test's server.
    await channel.getByRole("button", { name: /删除渠道/ }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "删除" }).click();
    await expect(channel).toHaveCount(0);
  } finally {
    await hook.close();
  }
});
