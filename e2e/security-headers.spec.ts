import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// Every CSP violation the browser reports on the page, and every console line that mentions one.
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("the dashboard's charts, a form and the print brief work under the CSP, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, "staff");

  const dashboard = await page.goto("/");
  const csp = dashboard?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(dashboard?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByTestId("chart-category").getByTestId("chart-bar").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-brief")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  expect(await violations()).toEqual([]);

  await page.goto("/agreements/new");
  await page.getByLabel("协议名称（中文）").fill("安全头测试协议");
  await page.getByTestId("save-agreement").click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("signed-in API answers are not stored, and the sign-in page cannot be framed", async ({ page }) => {
  const login = await page.goto("/login");
  expect(login?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(login?.headers()["x-frame-options"]).toBe("DENY");
  expect(login?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(login?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await signIn(page, "staff");
  const api = await page.request.get("/api/v1/rollups");
  expect(api.status()).toBe(200);
  expect(api.headers()["cache-control"]).toBe("no-store");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a malformed path and an oversized or garbled action body get 400/413, never 500", async ({ page }) => {
  expect((await page.request.get("/agreements/%FF")).status()).toBe(400);
  const headers = { "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8" };
  const big = await page.request.post("/login", { headers, data: JSON.stringify(["x".repeat(1_100_000)]) });
  expect(big.status()).toBe(413);
  expect((await big.json()).message).toContain("1 MB");
  expect((await page.request.post("/login", { headers, data: "[{" })).status()).toBe(400);
  const multipart = { "next-action": headers["next-action"], "content-type": "multipart/form-data; boundary=x" };
  expect((await page.request.post("/login", { headers: multipart, data: "garbage" })).status()).toBe(400);
});
