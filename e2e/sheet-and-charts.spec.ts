import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function toEnglish(page: Page) {
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("the batch sheet fits a 1280 px screen: 丙方 and remove show without scrolling sideways", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/events/1/batch");
  const table = page.getByTestId("batch-table");
  const { scroll, box } = await table.evaluate((t) => ({ scroll: t.scrollWidth, box: t.parentElement!.clientWidth }));
  expect(scroll, `sheet ${scroll}px in a ${box}px box`).toBeLessThanOrEqual(box);
  for (const el of [table.getByRole("columnheader", { name: "丙方" }), page.getByTestId("batch-row-0").getByRole("button", { name: /删除|移除|第 1 行/ })]) {
    const b = await el.boundingBox();
    expect(b!.x + b!.width).toBeLessThanOrEqual(1280);
  }
});

test("every chart bar worth something is big enough to see and click, and opens its agreements", async ({ page }) => {
  await signIn(page, "executive");
  for (const id of ["category", "partyType", "month", "event", "status", "topParties"]) {
    await expect(page.getByTestId(`chart-${id}`).getByTestId("chart-bar").first()).toBeAttached();
    const sizes = await page.getByTestId(`chart-${id}`).locator("[style]").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const s = (e as HTMLElement).style;
        return { drawn: s.width !== "0%" && s.height !== "0%", w: r.width, h: r.height };
      }),
    );
    for (const s of sizes.filter((x) => x.drawn)) expect(Math.min(s.w, s.h), id).toBeGreaterThanOrEqual(3);
  }
  // The month series is drawn as columns (nothing smoothed), and its table lists only months with signings.
  await expect(page.getByTestId("chart-month").locator("path")).toHaveCount(0);
  const monthCounts = await page.getByTestId("table-month").locator("tbody tr td:nth-of-type(1)").allTextContents();
  expect(monthCounts.every((c) => c.trim() !== "0")).toBe(true);

  // The smallest party-type bar still opens its list.
  const smallest = page.getByTestId("chart-partyType").getByTestId("chart-bar").last();
  const href = await smallest.getAttribute("href");
  await smallest.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByTestId("list-summary")).toBeVisible();
});

test("top-10 labels in English do not overlap", async ({ page }) => {
  await signIn(page, "executive");
  await toEnglish(page);
  await expect(page.getByTestId("chart-topParties").getByTestId("chart-bar").first()).toBeVisible();
  const labels = await page.getByTestId("chart-topParties").getByTestId("chart-bar").evaluateAll((els) =>
    els.map((e) => e.firstElementChild!.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, right: r.right })),
  );
  expect(labels.length).toBeGreaterThan(1);
  for (let i = 1; i < labels.length; i++) expect(labels[i].top).toBeGreaterThanOrEqual(labels[i - 1].bottom - 0.5);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("dashboard figure tables keep category names on readable lines", async ({ page }) => {
    await signIn(page, "executive");
    for (const id of ["category", "partyType", "status"]) {
      const heads = page.getByTestId(`table-${id}`).locator("tbody th");
      for (const box of await heads.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) {
        expect(box, id).toBeGreaterThanOrEqual(100);
      }
    }
  });
});
