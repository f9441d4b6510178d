import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const SHOTS = "test-results/kpi-print";
const number = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).match(/\d+/)![0]);

test("the 签约方 and 签约活动 figures open the parties and events they count, under the dashboard's filters", async ({ page }) => {
  await signIn(page, "executive");
  await page.goto("/?category=financial_services&from=2024-01-01");
  const parties = await number(page, "kpi-parties");
  const events = await number(page, "kpi-events");
  expect(parties).toBeGreaterThan(0);

  await page.getByTestId("kpi-parties").click();
  await expect(page).toHaveURL(/\/parties\?counted=1&category=financial_services/);
  await expect(page.getByTestId("filters-applied")).toContainText("类别：金融服务");
  await expect(page.getByTestId("filters-applied")).toContainText("签约日期从：2024-01-01");
  await expect(page.getByTestId("party-summary")).toHaveText(`共 ${parties} 个签约方`);
  await page.screenshot({ path: `${SHOTS}/parties-zh-1280.png`, fullPage: true });

  await page.goBack();
  await page.getByTestId("kpi-events").click();
  await expect(page).toHaveURL(/\/events\?counted=1&category=financial_services/);
  await expect(page.getByTestId("list-summary")).toHaveText(`共 ${events} 场`);
  await expect(page.getByTestId("filters-applied")).toContainText("类别：金融服务");

  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByTestId("filters-applied")).toContainText("Category: Financial services");
  await page.screenshot({ path: `${SHOTS}/events-en-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/events-en-390.png`, fullPage: true });
  await page.getByTestId("filters-clear").click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByTestId("filters-applied")).toHaveCount(0);
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
});

test("the print brief has its own heading, the print date, the filters by their labels and the summary table, on A4 under the CSP", async ({ page }) => {
  const cspErrors: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await signIn(page, "executive");
  await page.goto("/?from=2025-01-01&to=2025-12-31&compare=yoy");
  await expect(page.getByTestId("print-heading")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  const heading = page.getByTestId("print-heading");
  await expect(heading.getByRole("heading", { name: "合作协议简报" })).toBeVisible();
  await expect(page.getByTestId("print-date")).toHaveText(/^打印日期：\d{4}-\d{2}-\d{2}（北京时间）$/);
  await expect(page.getByTestId("print-filters")).toContainText("签约日期从：2025-01-01");
  await expect(page.getByTestId("print-filters")).toContainText("签约日期至：2025-12-31");
  await expect(page.getByTestId("summary-table")).toBeVisible();
  await expect(page.getByTestId("dashboard-filters")).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/print-zh.png`, fullPage: true });
  const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/CNY/);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-heading").getByRole("heading", { name: "Cooperation agreements brief" })).toBeVisible();
  await expect(page.getByTestId("print-filters")).toContainText("Filters: Signed from: 2025-01-01");
  await page.screenshot({ path: `${SHOTS}/print-en.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  expect(cspErrors).toEqual([]);
});
