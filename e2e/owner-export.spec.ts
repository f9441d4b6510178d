import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const SHOTS = process.env.SCREENSHOT_DIR;

test("staff creates an agreement owned by a colleague; the list's 负责人 column and the export show the owner", async ({ page }) => {
  const title = `负责人导出测试协议 ${Date.now()}`;
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  const owner = page.getByLabel("负责人");
  await expect(owner.locator("option:checked")).toHaveText("业务专员（staff@accord.local）");
  if (SHOTS) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/owner-form-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/owner-form-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.getByLabel("协议名称（中文）").fill(title);
  await page.getByLabel(/合作类别/).selectOption({ label: "科技创新" });
  await page.getByLabel(/^状态/).selectOption({ label: "草拟" });
  await owner.selectOption({ label: "系统管理员（admin@accord.local）" });
  // A draft may have no parties: drop the two blank party rows the form starts with.
  await page.getByRole("button", { name: "移除" }).first().click();
  await page.getByRole("button", { name: "移除" }).first().click();
  await page.getByTestId("save-agreement").click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByTestId("detail-owner")).toHaveText("系统管理员");

  const query = `q=${encodeURIComponent(title)}&cols=status,owner`;
  await page.goto(`/agreements?${query}`);
  await expect(page.getByTestId("agreement-table").locator('td[data-column="owner"]')).toHaveText("系统管理员");
  if (SHOTS) {
    await page.goto("/agreements?cols=category,status,value,owner");
    await page.screenshot({ path: `${SHOTS}/owner-list-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/owner-list-390.png`, fullPage: true });
  }

  const csv = await (await page.request.get(`/api/v1/agreements/export?format=csv&locale=zh-CN&${query}`)).text();
  const [header, row] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(header.endsWith("负责人,负责人邮箱")).toBe(true);
  expect(row.endsWith("系统管理员,admin@accord.local")).toBe(true);
});
