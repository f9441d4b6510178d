import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("sorting by a column header: the sort goes into the URL, the header says so, and the keyboard works too", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements");
  const table = page.getByTestId("agreement-table");
  const valueHeader = table.getByRole("columnheader", { name: /签约金额/ });
  await expect(valueHeader).not.toHaveAttribute("aria-sort");
  await page.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/sort=value_desc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await page.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/sort=value_asc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "ascending");

  await page.getByTestId("sort-reference").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=reference_asc/);
  await expect(table.getByRole("columnheader", { name: /编号/ })).toHaveAttribute("aria-sort", "ascending");
  const refs = await table.locator("tbody tr td:first-child").allTextContents();
  expect(refs).toEqual([...refs].sort());
});

test("chosen columns are remembered for the user across visits", async ({ page }) => {
  await signIn(page, "executive");
  await page.goto("/agreements");
  const table = page.getByTestId("agreement-table");
  await expect(table.getByRole("columnheader", { name: /类别/ })).toBeVisible();
  await page.getByText("显示列").click();
  await page.getByTestId("column-category").uncheck();
  await page.getByTestId("column-termEnd").check();
  await page.getByTestId("column-delivered").check();
  await page.getByTestId("save-columns").click();
  await expect(table.getByRole("columnheader", { name: /到期日/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /已落地金额/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /类别/ })).toHaveCount(0);

  await page.goto("/");
  await page.goto("/agreements");
  await expect(table.getByRole("columnheader", { name: /到期日/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /类别/ })).toHaveCount(0);

  // Every column unticked: refused beside the choice, nothing saved.
  await page.getByText("显示列").click();
  for (const c of ["status", "signedOn", "termEnd", "value", "delivered"]) await page.getByTestId(`column-${c}`).uncheck();
  await page.getByTestId("save-columns").click();
  await expect(page.getByTestId("columns-error")).toHaveText("请至少选择一列。");
});

test("saved views: save the list under a name, open it by link (also as someone else), rename and delete it", async ({ page, browser }) => {
  await signIn(page, "staff");
  await page.goto("/agreements?status=in_execution&sort=value_desc");
  const views = page.getByTestId("saved-views");
  await expect(views.getByTestId("saved-views-empty")).toBeVisible();
  await views.getByTestId("save-view").click();
  await expect(views.getByTestId("field-error")).toHaveText("请填写视图名称。");
  await views.getByTestId("save-view-name").fill("履约中 · 大额优先");
  await views.getByTestId("save-view").click();
  const link = views.getByRole("link", { name: "履约中 · 大额优先" });
  await expect(link).toHaveAttribute("aria-current", "page");
  const href = await link.getAttribute("href");
  expect(href).toContain("status=in_execution");
  expect(href).toContain("sort=value_desc");
  expect(href).toContain("cols=");

  await views.getByTestId("save-view-name").fill("履约中 · 大额优先");
  await views.getByTestId("save-view").click();
  await expect(views.getByTestId("field-error")).toHaveText("已有同名视图，请换一个名称。");

  // The link opens the same list for a colleague.
  const other = await browser.newPage();
  await signIn(other, "executive");
  await other.goto(href!);
  await expect(other.getByTestId("agreement-table").getByRole("columnheader", { name: /签约金额/ })).toHaveAttribute("aria-sort", "descending");
  await expect(other.getByTestId("agreement-table").locator("tbody tr").first()).toContainText("履约中");
  await other.close();

  await page.goto("/agreements");
  await expect(link).not.toHaveAttribute("aria-current");
  await views.getByRole("button", { name: "重命名视图“履约中 · 大额优先”" }).click();
  await views.getByLabel("视图名称").fill("执行中的大单");
  await views.getByRole("button", { name: "保存名称" }).click();
  await expect(views.getByRole("link", { name: "执行中的大单" })).toBeVisible();
  await views.getByRole("button", { name: "删除视图“执行中的大单”" }).click();
  await views.getByTestId("confirm-delete-view").click();
  await expect(views.getByTestId("saved-views-empty")).toBeVisible();
});

test("terms to watch open a list sorted by term end, with its 到期日 column", async ({ page }) => {
  await signIn(page, "staff");
  await page.getByTestId("expiring-overdue-link").or(page.getByTestId("expiring-soon-link")).first().click();
  await expect(page).toHaveURL(/sort=term_end_asc/);
  const header = page.getByTestId("agreement-table").getByRole("columnheader", { name: /到期日/ });
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ends = await page.locator('[data-column="termEnd"]').allTextContents();
  expect(ends.length).toBeGreaterThan(0);
  expect(ends).toEqual([...ends].sort());
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the list is a card list: reference, title, status, amount and date all visible without scrolling sideways", async ({ page }) => {
    await signIn(page, "staff");
    await page.goto("/agreements?sort=value_desc");
    await expect(page.getByTestId("agreement-table")).toBeHidden();
    const card = page.getByTestId("agreement-card").first();
    await expect(card).toBeVisible();
    await expect(card).toContainText(/CQ-\d{4}-\d{4}/);
    await expect(card).toContainText(/亿元|万元/);
    await expect(card).toContainText(/\d{4}-\d{2}-\d{2}/);
    await expect(card.getByRole("link")).toBeVisible();
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
