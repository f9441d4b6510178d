import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("the edit form shows a saved amount the way it is typed, with the exact echo beside", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements?q=CQ-2025-0008");
  await page.getByTestId("agreement-table").locator(`a[href^="/agreements/"]`).first().click();
  await page.getByTestId("edit-agreement").click();
  await expect(page.getByTestId("signed-value")).toHaveValue("5000万");
  await expect(page.getByTestId("amount-echo")).toContainText("50,000,000.00元");
});

test("the agreement form shows every error at once, the term order among them", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  await page.getByLabel(/^履约期开始/).fill("2026-08-01");
  await page.getByLabel(/^履约期结束/).fill("2026-07-01");
  await page.getByTestId("save-agreement").click();
  const form = page.getByTestId("agreement-form");
  await expect(form.getByText("结束日期不能早于开始日期")).toBeVisible();
  await expect(form.getByText("必填").first()).toBeVisible();
});

test("leaving a form with unsaved input by an in-app link asks first; staying keeps the input", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  const title = page.getByLabel("协议名称（中文）");
  await title.fill("尚未保存的协议");
  const nav = page.getByRole("navigation").getByRole("link", { name: "协议", exact: true });

  const asked = page.waitForEvent("dialog");
  page.once("dialog", (d) => void d.dismiss());
  await nav.click();
  const dialog = await asked;
  expect(dialog.type()).toBe("confirm");
  expect(dialog.message()).toContain("尚未保存");
  await expect(page).toHaveURL(/\/agreements\/new$/);
  await expect(title).toHaveValue("尚未保存的协议");

  page.once("dialog", (d) => void d.accept());
  await nav.click();
  await expect(page).toHaveURL(/\/agreements$/);
});

test("a clean form leaves by a link without asking", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  let asked = false;
  page.on("dialog", (d) => { asked = true; void d.dismiss(); });
  await page.getByRole("navigation").getByRole("link", { name: "协议", exact: true }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  expect(asked).toBe(false);
});
