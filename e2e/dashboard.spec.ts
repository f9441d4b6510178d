import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an executive filters the dashboard and drills from a chart bar to exactly its agreements", async ({ page }) => {
  await signIn(page, "executive");
  await page.getByTestId("dashboard-category").selectOption("financial_services");
  await page.getByTestId("dashboard-apply").click();
  await expect(page).toHaveURL(/category=financial_services/);
  await expect(page.getByTestId("filter-in-force")).toContainText("金融服务");

  const firstRow = page.getByTestId("table-partyType").locator("tbody tr").first();
  const label = (await firstRow.locator("th").innerText()).trim();
  const count = (await firstRow.locator("td").nth(0).innerText()).trim();
  const value = (await firstRow.getByTestId("figure-value").innerText()).trim();

  await page.getByTestId("chart-partyType").getByTestId("chart-bar").first().click();
  await expect(page).toHaveURL(/\/agreements\?/);
  expect(page.url()).toContain("category=financial_services");
  await expect(page.getByTestId("list-summary")).toHaveText(`共 ${count} 份，签约金额合计 ${value}`);
  expect(label.length).toBeGreaterThan(0);
});

test("the headline total reads 亿元, 億元 and CNY bn by locale, and the figures tables link to the list", async ({ page }) => {
  await signIn(page, "executive");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/^[\d.]+亿元$/);
  const row = page.getByTestId("table-category").locator("tbody tr").first();
  const count = (await row.locator("td").nth(0).innerText()).trim();
  await row.getByTestId("drill-link").click();
  await expect(page.getByTestId("list-summary")).toContainText(`共 ${count} 份`);

  // The expiring-terms figures drill down too.
  await page.goto("/");
  const overdue = page.getByTestId("expiring-overdue-link");
  const due = (await overdue.innerText()).trim();
  await overdue.click();
  await expect(page.getByTestId("list-summary")).toContainText(`共 ${due} 份`);

  await page.goto("/");
  await page.getByTestId("locale-switcher").selectOption("zh-TW");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/^[\d.]+億元$/);
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/^CNY [\d.]+ bn$/);
  await expect(page.getByRole("heading", { name: "By category", exact: true })).toBeVisible();
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/亿元$/);
});

test("the print view is a brief with the filters in force, and the summary exports as XLSX", async ({ page }) => {
  await signIn(page, "executive");
  await page.goto("/?from=2025-01-01&to=2025-12-31&compare=yoy");
  await expect(page.getByTestId("kpi-count-change")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-filters")).toContainText("2025-01-01");
  await expect(page.getByTestId("dashboard-filters")).toBeHidden();
  await expect(page.getByTestId("panel-category")).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  const href = await page.getByTestId("export-xlsx").getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
});
