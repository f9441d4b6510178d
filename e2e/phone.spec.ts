import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Wide tables scroll inside their own box; the page itself never scrolls sideways on a phone.
const PAGES = ["/", "/agreements", "/agreements/1", "/agreements/new", "/parties", "/parties/1", "/events", "/events/1", "/events/1/batch", "/admin/tokens"];

test.use({ viewport: { width: 390, height: 844 } });

test("every page fits a phone's width", async ({ page }) => {
  await signIn(page, "admin");
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
  }
});
