import { expect, test, type Page } from "@playwright/test";
import { signIn, USERS } from "./support";

// Set SCREENSHOT_DIR to keep pictures of the pages at 1280 and 390 px.
async function shoot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin creates an account; its one-time password signs in once and must be changed", async ({ page }) => {
  const email = `new.${Date.now()}@accord.local`;
  await signIn(page, "admin");
  await expect(page.getByRole("link", { name: "用户", exact: true })).toHaveAttribute("href", "/admin/users");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "用户管理" })).toBeVisible();
  await page.getByTestId("create-user").click();
  await expect(page.getByTestId("user-form").getByTestId("field-error").first()).toContainText("邮箱格式不正确");
  await page.getByTestId("user-email").fill(email);
  await page.getByTestId("user-name").fill("周新人");
  await page.getByTestId("user-role").selectOption("staff");
  await page.getByTestId("create-user").click();
  const otp = await page.getByTestId("one-time-password").inputValue();
  expect(otp).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
  await expect(page.locator(`[data-testid=user-row][data-email="${email}"] [data-testid=row-state]`)).toHaveText("一次性密码");
  // The last admin keeps the role.
  const me = page.locator(`[data-testid=user-row][data-email="${USERS.admin}"]`);
  await me.getByTestId("row-role").selectOption("staff");
  await expect(me.getByTestId("row-error")).toContainText("最后一位在用管理员");
  await page.reload();
  await shoot(page, "admin-users");

  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/login/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(otp);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/account\/password/);
  await expect(page.getByTestId("must-change")).toBeVisible();
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/account\/password/);
  expect((await page.request.get("/api/v1/rollups")).status()).toBe(403);
  await shoot(page, "account-password");

  await page.getByTestId("current-password").fill(otp);
  await page.getByTestId("new-password").fill("password1234");
  await page.getByTestId("confirm-password").fill("password1234");
  await page.getByTestId("change-password").click();
  await expect(page.getByText("该密码属于常用密码")).toBeVisible();
  await page.getByTestId("new-password").fill("两江新区的雾散了就去看江");
  await page.getByTestId("confirm-password").fill("两江新区的雾散了就去看江");
  await page.getByTestId("change-password").click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByTestId("kpi-signed-value")).toBeVisible();
});

test("after sign-out, the old cookie is refused (the app's button and POST /api/auth/signout alike)", async ({ page, browser }) => {
  for (const how of ["button", "api"] as const) {
    await signIn(page, "staff");
    const held = await page.context().cookies();
    if (how === "button") {
      await page.getByRole("button", { name: "退出登录" }).click();
      await page.waitForURL(/\/login/);
    } else {
      const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
      await page.request.post("/api/auth/signout", { form: { csrfToken } });
    }
    const replay = await browser.newContext();
    await replay.addCookies(held);
    expect((await replay.request.get("/api/v1/rollups")).status(), how).toBe(401);
    expect(await (await replay.request.get("/api/auth/session")).json(), how).toBeNull();
    const p = await replay.newPage();
    await p.goto("/agreements");
    await expect(p, how).toHaveURL(/\/login/);
    await replay.close();
    await page.context().clearCookies();
  }
});
