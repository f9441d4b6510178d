import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signIn } from "./support";

// Han characters: in English, a record that has an English name must not show its Chinese one.
const HAN = /\p{Script=Han}/u;

async function inEnglish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  await signIn(page, "executive");
}

test("English shows each agreement's English title and its parties' English names", async ({ page }) => {
  await inEnglish(page);
  await page.goto("/agreements?q=CQ-2025-0001");
  const row = page.getByTestId("agreement-table").locator("tbody tr").first();
  await expect(row.getByRole("link")).not.toHaveText(HAN);
  await expect(row.locator("td").nth(1).locator("span")).not.toHaveText(HAN);

  await row.getByRole("link").click();
  const heading = page.getByTestId("detail-title");
  await expect(heading).not.toHaveText(HAN);
  await expect(page).toHaveTitle(new RegExp(`^${(await heading.innerText()).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · CQ-2025-0001`));
  for (const party of await page.getByTestId("detail-parties").getByRole("link").all()) await expect(party).not.toHaveText(HAN);
});

test("English names parties and events in their tab titles and headings", async ({ page }) => {
  await inEnglish(page);
  await page.goto("/parties");
  const first = page.getByTestId("party-table").locator("tbody tr").first().getByRole("link");
  await expect(first).not.toHaveText(HAN);
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(`${name} · Accord`);

  await page.goto("/events");
  const event = page.getByRole("link", { name: /Western Fintech Ecosystem/ });
  await event.click();
  await expect(page).toHaveTitle(/^Western Fintech Ecosystem Cooperation Signing · Accord$/);
});

test("English shows English titles in the terms to watch; 繁體 shows the data as stored", async ({ page }) => {
  await inEnglish(page);
  for (const link of await page.getByTestId("expiring-soon").locator("li a").all()) await expect(link).not.toHaveText(HAN);

  await page.getByTestId("locale-switcher").selectOption("zh-TW");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-TW");
  await page.goto("/agreements/1");
  // The stored simplified title (…金融科技协会…), not converted to traditional characters.
  await expect(page.getByTestId("detail-title")).toContainText("协会");
});
