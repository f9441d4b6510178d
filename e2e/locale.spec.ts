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

test("switching language with unsaved input asks first, and staying keeps the input", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  const title = page.getByLabel("协议名称（中文）");
  await title.fill("尚未保存的协议");

  const asked = page.waitForEvent("dialog");
  page.once("dialog", (d) => void d.dismiss());
  await page.getByTestId("locale-switcher").selectOption("en");
  expect((await asked).type()).toBe("beforeunload");
  await expect(title).toHaveValue("尚未保存的协议");
  await expect(page.getByTestId("locale-switcher")).toHaveValue("zh-CN");

  // Staying means the language did not change either.
  const other = await page.context().newPage();
  await other.goto("/");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("总览");
});
