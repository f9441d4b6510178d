import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** Both widths the app is built for, saved beside the test's results to be looked at. */
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
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Categories");
  await screens(page, `${name}-en`);
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
}

test("an admin adds, renames and retires a category: it leaves the new-agreement form but stays in the list filter", async ({ browser, page }) => {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "staff");
  expect((await staff.goto("/admin/categories"))?.status()).toBe(403);

  await signIn(page, "admin");
  await page.goto("/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "合作类别" })).toBeVisible();
  const stamp = String(Date.now()).slice(-6);
  const zh = `绿色金融${stamp}`;

  // Blank names are refused beside their fields, in the form's words.
  await page.getByTestId("add-category").click();
  await expect(page.getByTestId("add-category-form").getByTestId("field-error")).toHaveCount(3);

  await page.getByTestId("category-nameZh").fill(zh);
  await page.getByTestId("category-nameZhHant").fill(`綠色金融${stamp}`);
  await page.getByTestId("category-nameEn").fill(`Green finance ${stamp}`);
  await page.getByTestId("add-category").click();
  await expect(page.getByTestId("category-form-message")).toContainText(`已新增类别“${zh}”`);
  const item = page.getByTestId("category-item").filter({ hasText: zh });
  await expect(item.getByTestId("category-state")).toHaveText("使用中");
  const key = (await item.getAttribute("data-key"))!;
  expect(key).toBe(`green_finance_${stamp}`);

  // Rename in English; the key (and every link using it) stays.
  await item.getByTestId("rename-category").click();
  await item.getByTestId("category-nameEn").fill(`Green & sustainable finance ${stamp}`);
  await item.getByTestId("save-category").click();
  await expect(item).toContainText(`Green & sustainable finance ${stamp}`);
  await expect(item).toHaveAttribute("data-key", key);

  await page.goto("/agreements/new");
  await expect(page.locator('select[name="categoryId"] option', { hasText: zh })).toHaveCount(1);

  await page.goto("/admin/categories");
  await item.getByTestId("retire-category").click();
  await expect(item.getByTestId("category-state")).toHaveText("已停用");
  await screens(page, "admin-categories");
  await englishScreens(page, "admin-categories");

  await page.goto("/agreements/new");
  await expect(page.locator('select[name="categoryId"]')).toBeVisible();
  await expect(page.locator('select[name="categoryId"] option', { hasText: zh })).toHaveCount(0);
  await page.goto(`/agreements?category=${key}`);
  await expect(page.locator(`select[name="category"] option[value="${key}"]`)).toHaveText(`${zh}（已停用）`);

  // Unused, it may also be deleted.
  await page.goto("/admin/categories");
  await item.getByTestId("delete-category").click();
  await item.getByTestId("confirm-delete-category").click();
  await expect(page.getByTestId("category-item").filter({ hasText: zh })).toHaveCount(0);
  // One in use offers no delete.
  await expect(page.locator('[data-key="financial_services"]').getByTestId("delete-category")).toHaveCount(0);
});
