import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signIn } from "./support";

async function as(page: Page, locale: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  await signIn(page, "executive");
}

test("English summary states values in CNY bn like the rest of English", async ({ page }) => {
  await as(page, "en");
  const summary = page.getByTestId("summary-table");
  await expect(summary.getByRole("columnheader", { name: "Value (CNY bn)" })).toBeVisible();
  await expect(summary).not.toContainText("亿");
});

test("KPI sub-lines never break an amount from its unit, even at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await as(page, "zh-CN");
  const card = page.locator(".kpi").filter({ has: page.getByTestId("kpi-signed-value") });
  const amounts = card.locator("span.whitespace-nowrap");
  await expect(amounts).toHaveCount(2);
  for (const amount of await amounts.all()) {
    await expect(amount).toHaveText(/元$/);
    expect(await amount.evaluate((el) => el.getClientRects().length)).toBe(1);
  }
});

test("the Compare with select shows its whole choice in English at 1280 px", async ({ page }) => {
  await as(page, "en");
  const select = page.getByLabel("Compare with");
  const fits = await select.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement("span");
    probe.style.font = getComputedStyle(el).font;
    probe.textContent = el.selectedOptions[0].text;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return el.clientWidth - 28 >= needed;
  });
  expect(fits).toBe(true);
});

test("ignored URL parameters are named as the filter form labels them, in the UI language", async ({ page }) => {
  await as(page, "zh-CN");
  await page.goto("/?from=2025-13-01&minValue=abc");
  await expect(page.getByTestId("ignored-params")).toHaveText("以下筛选条件无效，已忽略：签约日期从、金额不低于");
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByTestId("ignored-params")).toHaveText("These filters were invalid and ignored: Signed from, Value at least");
});

test("the party list runs in pinyin order", async ({ page }) => {
  await as(page, "zh-CN");
  await page.goto("/parties");
  const names = await page.getByTestId("party-table").locator("tbody tr td:first-child a").allInnerTexts();
  expect(names.length).toBeGreaterThan(5);
  expect(names).toEqual([...names].sort(new Intl.Collator("zh-CN").compare));
});
