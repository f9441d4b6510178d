import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("staff are refused the token page; an admin issues a token a BI tool can use, then revokes it", async ({ browser, page, playwright }) => {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "staff");
  expect((await staff.goto("/admin/tokens"))?.status()).toBe(403);
  await expect(staff.getByTestId("forbidden")).toBeVisible();

  await signIn(page, "admin");
  await page.goto("/admin/tokens");
  const name = `经营分析看板 ${Date.now()}`;
  await page.getByTestId("token-name").fill(name);
  await page.getByTestId("issue-token").click();
  const token = await page.getByTestId("issued-token").inputValue();
  expect(token.length).toBeGreaterThan(20);

  // A client with no cookies at all, as a BI tool would be.
  const bi = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const auth = { Authorization: `Bearer ${token}` };
  const ok = await bi.get("/api/v1/rollups?category=financial_services", { headers: auth });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.byCategory.map((c: { key: string }) => c.key)).toEqual(["financial_services"]);

  const row = page.getByTestId("token-row").filter({ hasText: name });
  await row.getByTestId("revoke-token").click();
  await page.getByTestId("confirm-revoke").click();
  await expect(row).toContainText("已撤销");
  expect((await bi.get("/api/v1/rollups", { headers: auth })).status()).toBe(401);
  await bi.dispose();
});
