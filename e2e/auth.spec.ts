import { expect, test } from "@playwright/test";
import { expectSignedIn, signIn, USERS, type RoleName } from "./support";

for (const role of Object.keys(USERS) as RoleName[]) {
  test(`${role} signs in and sees the signed total`, async ({ page }) => {
    await signIn(page, role);
    await expectSignedIn(page);
    const total = await page.getByTestId("kpi-signed-value").innerText();
    const m = total.match(/^([\d.]+)亿元$/);
    expect(m, `total shown as 亿元: ${total}`).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(300);
    const api = await (await page.request.get("/api/v1/rollups")).json();
    expect(Number(api.count)).toBe(Number((await page.getByTestId("kpi-count").innerText()).replace(/\D/g, "")));
  });
}

test("a wrong password shows an error and gives no session", async ({ page }) => {
  await signIn(page, "staff", "not-the-password");
  await expect(page.getByTestId("login-error")).toContainText("邮箱或密码不正确");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("邮箱")).toHaveValue(USERS.staff);
  const res = await page.request.get("/api/v1/rollups");
  expect(res.status()).toBe(401);
});

test("sign-out returns to /login and ends the session", async ({ page }) => {
  await signIn(page, "executive");
  await expectSignedIn(page);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get("/api/v1/rollups")).status()).toBe(401);
});
