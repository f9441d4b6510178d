import { expect, test } from "@playwright/test";
import { expectSignedIn, signIn } from "./support";

test("the locale switcher changes the language and remembers it", async ({ page }) => {
  await signIn(page, "executive");
  await expectSignedIn(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("总览");

  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/^CNY [\d.]+ bn$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByTestId("locale-switcher").selectOption("zh-TW");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("總覽");
  await expect(page.getByTestId("kpi-signed-value")).toHaveText(/億元$/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("總覽");
});

test("Accept-Language picks the first language for a new visitor", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await context.close();
});
