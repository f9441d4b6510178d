import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signIn } from "./support";

test("a missing agreement answers 404 with its own title, inside the navigation", async ({ page }) => {
  await signIn(page, "staff");
  const res = await page.goto("/agreements/999999");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到");
  await expect(page).toHaveTitle("未找到 · 合作协议台账");
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);

  expect((await page.goto("/parties/999999"))?.status()).toBe(404);
  expect((await page.goto("/events/999999"))?.status()).toBe(404);
});

test("a refused form answers 403 with its own title and one main landmark", async ({ page }) => {
  await signIn(page, "executive");
  const res = await page.goto("/agreements/new");
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page).toHaveTitle("没有权限 · 合作协议台账");
  await expect(page.locator("main")).toHaveCount(1);
});

test("an unknown address keeps the header and navigation when signed in", async ({ page }) => {
  await signIn(page, "staff");
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
});

test("an unknown address with a stale session offers sign-in", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  await context.addCookies([{ name: "authjs.session-token", value: "stale", url: baseURL }]);
  const page = await context.newPage();
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.getByTestId("sign-in-link").click();
  await expect(page).toHaveURL(/\/login$/);
  await context.close();
});
