import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function screens(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The same page in English, then back to 简体中文 for the rest of the test. */
async function englishScreens(page: Page, name: string) {
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await screens(page, `${name}-en`);
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
}

test("an admin filters the audit log by who acted and opens the record from an entry", async ({ browser, page }) => {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "staff");
  expect((await staff.goto("/admin/audit"))?.status()).toBe(403);

  // Something for the log: the admin deletes an agreement and restores it.
  await signIn(page, "admin");
  await page.goto("/agreements?sort=reference_desc");
  const href = (await page.getByTestId("agreement-table").locator(`a[href^="/agreements/"]`).first().getAttribute("href"))!;
  await page.goto(href);
  await page.getByTestId("delete-agreement").click();
  await page.getByTestId("confirm-delete").click();
  await expect(page.getByTestId("deleted-banner")).toBeVisible();
  await page.getByTestId("restore-agreement").click();
  await expect(page.getByTestId("deleted-banner")).toBeHidden();

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  const admin = await page.getByTestId("audit-actor").locator("option", { hasText: "admin@accord.local" }).getAttribute("value");
  await page.getByTestId("audit-actor").selectOption(admin!);
  await page.getByTestId("audit-apply").click();
  await expect(page).toHaveURL(/actor=\d+/);
  const names = await page.getByTestId("audit-actor-name").allTextContents();
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(1);

  // Newest first: the restore, then the delete, of the same agreement.
  const entries = page.getByTestId("audit-entry");
  await expect(entries.nth(0).getByTestId("audit-action-label")).toHaveText("恢复");
  await expect(entries.nth(1).getByTestId("audit-action-label")).toHaveText("删除");
  await screens(page, "admin-audit");
  await englishScreens(page, "admin-audit");

  await entries.nth(0).getByTestId("audit-record-link").click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A link with an unusable filter still answers, naming what it ignored.
  const res = await page.goto("/admin/audit?actor=abc&from=2025-02-30&entity=%3Cscript%3E");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("ignored-params")).toContainText("actor");
});
