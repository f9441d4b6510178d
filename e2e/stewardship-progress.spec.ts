import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** "12.35亿元" → 1235 (hundredths of 亿), so differences are compared exactly, without floats. */
function hundredthsOfYi(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?亿元$/.exec(text.trim());
  if (!m) throw new Error(`not an 亿元 figure: ${text}`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

async function deliveredKpi(page: Page): Promise<number> {
  await page.goto("/");
  return hundredthsOfYi(await page.getByTestId("kpi-delivered").innerText());
}

test("staff corrects a mistyped progress amount and withdraws an entry; the dashboard's 落地金额 follows by exactly the difference", async ({ page }) => {
  await signIn(page, "staff");
  // A signed agreement (the dashboard counts signed ones) of less than 5亿.
  await page.goto("/agreements?status=signed,in_execution&maxValue=4亿&sort=value_desc");
  await page.getByTestId("agreement-table").locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  const detail = page.url();
  const before = await deliveredKpi(page);

  // 5亿 typed for 500万: beyond the signed value, so the form asks, and the server refuses without the tick.
  await page.goto(detail);
  await page.getByTestId("delivered-value").fill("5亿");
  await page.getByTestId("progress-note").fill("第二批资金到位（e2e）");
  await expect(page.getByTestId("over-delivery-confirm")).toContainText("超过签约金额");
  await page.getByTestId("save-progress").click();
  await expect(page.getByTestId("progress-form").getByTestId("field-error")).toHaveText("落地金额将超过签约金额：请核对后勾选确认");
  await page.getByTestId("confirm-over-delivery").check();
  await page.getByTestId("save-progress").click();
  await expect(page.getByTestId("over-delivered-flag")).toBeVisible();
  const entry = page.getByTestId("progress-list").locator("li", { hasText: "第二批资金到位（e2e）" });
  await expect(entry.getByTestId("progress-amount")).toHaveText("5亿元");
  expect(await deliveredKpi(page)).toBe(before + 500);

  // Corrected to 500万: the dashboard drops by exactly 4.95亿.
  await page.goto(detail);
  await entry.getByRole("button", { name: /^更正/ }).click();
  await page.getByTestId("correction-delivered-value").fill("500万");
  await page.getByTestId("correction-reason").fill("金额单位录错，应为 500万");
  await page.getByTestId("save-correction").click();
  await expect(entry.getByTestId("progress-corrected")).toContainText("已更正（第 2 版）");
  await expect(entry.getByTestId("progress-amount")).toHaveText("500万元");
  await expect(page.getByTestId("over-delivered-flag")).toHaveCount(0);
  await expect(page.getByTestId("history")).toContainText("落地金额：5亿元 → 500万元");
  expect(await deliveredKpi(page)).toBe(before + 5);

  // Withdrawn: it stays on the page, struck through, and counts nothing.
  await page.goto(detail);
  await entry.getByRole("button", { name: /^撤回/ }).click();
  await page.getByTestId("withdrawal-reason").fill("与首批到账重复录入");
  await page.getByTestId("save-withdrawal").click();
  await expect(entry.getByTestId("progress-withdrawn")).toContainText("已撤回");
  await expect(page.getByTestId("history")).toContainText("原因：与首批到账重复录入");
  expect(await deliveredKpi(page)).toBe(before);
});

test("the over-delivered figure on the dashboard drills down to exactly those agreements", async ({ page }) => {
  await signIn(page, "executive");
  const figure = page.getByTestId("kpi-over-delivered");
  const count = (await figure.innerText()).match(/\d+/)![0];
  await figure.click();
  await expect(page).toHaveURL(/overDelivered=1/);
  await expect(page.getByTestId("filter-over-delivered")).toBeChecked();
  await expect(page.getByTestId("list-summary")).toContainText(`共 ${count} 份`);
});
