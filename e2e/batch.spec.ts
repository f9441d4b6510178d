import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function pick(page: Page, testId: string, search: string) {
  const picker = page.getByTestId(testId);
  await picker.click();
  await picker.fill(search);
  await page.getByRole("option").filter({ hasText: search }).first().click();
}

test("staff enters several ceremony agreements at once, all or nothing", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/events");
  await page.getByRole("link", { name: /西部金融中心之夜/ }).first().click();
  await page.waitForURL(/\/events\/\d+$/);
  const eventUrl = page.url();
  const before = Number((await page.getByTestId("event-kpi-count").innerText()).replace(/\D/g, ""));
  await page.getByRole("link", { name: "批量录入协议" }).click();
  await expect(page.getByTestId("batch-form")).toBeVisible();

  const stamp = Date.now();
  // Row 1 is complete; row 2 lacks its second party, so nothing may be saved.
  await page.getByLabel("协议名称（中文） 1").fill(`批量协议甲 ${stamp}`);
  await page.getByLabel("合作类别 1").selectOption({ label: "金融服务" });
  await page.getByLabel("签约金额 1").fill("2亿");
  await pick(page, "batch-party-0-0", "马上消金");
  await pick(page, "batch-party-0-1", "重庆大学");
  await pick(page, "batch-party-0-2", "重庆银行");
  await page.getByLabel("协议名称（中文） 1").press("Enter");
  await expect(page.getByLabel("协议名称（中文） 2")).toBeFocused();
  await page.keyboard.type(`批量协议乙 ${stamp}`);
  await page.getByLabel("合作类别 2").selectOption({ label: "人才培养" });
  await page.getByLabel("签约金额 2").fill("３５００万");
  await expect(page.getByTestId("batch-row-1")).toContainText("= 3500万元");
  await pick(page, "batch-party-1-0", "火山引擎");
  await page.getByTestId("batch-save").click();
  await expect(page.getByTestId("batch-row-1").getByTestId("field-error")).toContainText("乙方：必填");
  await expect(page).toHaveURL(/\/batch$/);

  await pick(page, "batch-party-1-1", "西南大学");
  await page.getByTestId("batch-save").click();
  await expect(page).toHaveURL(eventUrl);
  await expect(page.getByTestId("event-kpi-count")).toContainText(String(before + 2));
  await page.goto(`/agreements?q=${stamp}`);
  await expect(page.getByTestId("list-summary")).toContainText("共 2 份，签约金额合计 2.35亿元");
  // Row 1 was signed by three parties, 丙方 entered in the sheet.
  await expect(page.getByTestId("agreement-table").getByRole("row").filter({ hasText: `批量协议甲 ${stamp}` })).toContainText("重庆银行");
});
