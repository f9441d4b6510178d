import { expect, test } from "@playwright/test";
import { appRoutes } from "./support";

// Open on purpose: the sign-in page, Auth.js's own routes, the health probe (no data) and the language switch.
const OPEN = [/^\/login$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/locale$/];
const { pages, apis } = appRoutes();

test("the app has routes to check", () => {
  expect(pages.length).toBeGreaterThan(1);
  expect(apis.length).toBeGreaterThan(0);
});

for (const route of pages.filter((r) => !OPEN.some((o) => o.test(r)))) {
  test(`page ${route} sends a signed-out visitor to /login`, async ({ page }) => {
    await page.goto(route);
    await expect(page).toHaveURL(/\/login$/);
  });
}

for (const route of apis.filter((r) => !OPEN.some((o) => o.test(r.path)))) {
  test(`API ${route.method} ${route.path} answers 401 without a session`, async ({ request }) => {
    const res = await request.fetch(route.path, { method: route.method, maxRedirects: 0 });
    // A route handler outside /api (the import template) is a download link in a page: the proxy sends it to /login like a page.
    if (route.path.startsWith("/api/")) expect(res.status()).toBe(401);
    else expect(res.headers().location).toMatch(/\/login$/);
  });
}

// Past the proxy (it only looks for a session cookie): each page and route checks the session itself.
test.describe("with a forged session cookie", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
  });
  for (const route of pages.filter((r) => !OPEN.some((o) => o.test(r)))) {
    test(`page ${route} still sends the visitor to /login`, async ({ page }) => {
      await page.goto(route);
      await expect(page).toHaveURL(/\/login$/);
    });
  }
  for (const route of apis.filter((r) => !OPEN.some((o) => o.test(r.path)))) {
    test(`API ${route.method} ${route.path} still answers 401`, async ({ page }) => {
      expect((await page.request.fetch(route.path, { method: route.method, maxRedirects: 0 })).status()).toBe(401);
    });
  }
});
