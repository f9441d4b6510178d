import { expect, test } from "@playwright/test";
import { creditCodeCheckChar } from "../lib/credit-code";
import { signIn } from "./support";

test("staff registers a party with its credit code, finds it, and a second editor of it sees the conflict", async ({ browser, page }) => {
  const stamp = Date.now();
  const name = `两江智算科技有限公司 ${stamp}`;
  const body = `91500000MA${String(stamp).slice(-7)}`;
  const code = body + creditCodeCheckChar(body);

  await signIn(page, "staff");
  await page.goto("/parties");
  await page.getByTestId("new-party").click();
  await page.getByTestId("org-nameZh").fill(name);
  await page.getByTestId("org-type").selectOption("ai_tech");
  // Typed the way it is often pasted: lower case with spaces.
  await page.getByTestId("org-creditCode").fill(` ${code.toLowerCase()} `);
  await page.getByTestId("organization-submit").click();
  await expect(page).toHaveURL(/\/parties\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText(code)).toBeVisible();
  const partyUrl = page.url();

  await page.goto(`/parties?q=${stamp}&type=ai_tech`);
  await expect(page.getByTestId("party-table").locator("tbody tr")).toHaveCount(1);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "admin");
  await page.goto(`${partyUrl}/edit`);
  await other.goto(`${partyUrl}/edit`);
  await other.getByTestId("org-city").fill("重庆市渝北区");
  await other.getByTestId("organization-submit").click();
  await expect(other).toHaveURL(partyUrl);

  await page.getByTestId("org-city").fill("重庆市两江新区");
  await page.getByTestId("organization-submit").click();
  await expect(page.getByTestId("conflict-message")).toContainText("此签约方已由");
  await expect(page.getByTestId("org-city")).toHaveValue("重庆市两江新区");
  await other.context().close();
});
