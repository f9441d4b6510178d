import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("/parties/new with 重庆大学 shows the registered one first and asks before creating", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/parties/new");
  await page.getByTestId("org-nameZh").fill("重庆大学");
  await page.getByTestId("org-type").selectOption("academic");
  await page.getByTestId("organization-submit").click();
  const matches = page.getByTestId("duplicate-matches");
  await expect(matches).toContainText("可能已经登记过这个机构");
  await expect(matches.getByTestId("duplicate-match").first()).toContainText("重庆大学");
  await expect(page).toHaveURL(/\/parties\/new$/);
  await matches.getByRole("link", { name: "查看" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆大学");
});

test("an admin merges a duplicate: its agreements move to the survivor and its name still finds it", async ({ page }) => {
  const dupName = `重庆大学（重复登记 ${Date.now()}）`;
  await signIn(page, "admin");
  await page.goto("/parties/new");
  await page.getByTestId("org-nameZh").fill(dupName);
  await page.getByTestId("org-type").selectOption("academic");
  await page.getByTestId("organization-submit").click();
  await page.getByTestId("create-anyway").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dupName);
  // An unused record could simply be deleted; merging keeps its name as an alias.
  await expect(page.getByTestId("delete-organization")).toBeVisible();

  await page.getByTestId("merge-party").click();
  await page.getByTestId("merge-other").fill("重庆大学");
  await page.getByRole("option", { name: /^重庆大学/ }).first().click();
  await expect(page.getByTestId("merge-survivor")).toContainText("重庆大学");
  await expect(page.getByTestId("merge-absorbed")).toContainText(dupName);
  await expect(page.getByTestId("merge-effects")).toContainText(dupName);
  await page.getByTestId("confirm-merge").click();

  await expect(page.getByTestId("merged-notice")).toContainText(dupName);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆大学");
  await expect(page.getByTestId("party-aliases")).toContainText(dupName);
  await page.goto(`/parties?q=${encodeURIComponent("重复登记")}`);
  await expect(page.getByRole("link", { name: "重庆大学", exact: true })).toBeVisible();
});

test("a signing date 280 days from the event's is pointed out, and saving goes on once the user says it is right", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  await page.getByLabel("协议名称（中文）").fill(`签约日期核对 ${Date.now()}`);
  await page.getByLabel(/合作类别/).selectOption({ label: "科技创新" });
  const event = page.getByLabel(/签约活动/);
  const heldOn = ((await event.locator("option").nth(1).innerText()).match(/\d{4}-\d{2}-\d{2}/) ?? [""])[0];
  await event.selectOption({ index: 1 });
  const far = new Date(Date.parse(`${heldOn}T00:00:00Z`) - 280 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(/^签约日期/).fill(far);
  await expect(page.getByTestId("event-date-warning")).toContainText("相差 280 天");
  await page.getByTestId("save-agreement").click();
  await expect(page.getByTestId("event-date-warning")).toContainText("保存前请核对");
  await expect(page).toHaveURL(/\/agreements\/new$/);
  await page.getByTestId("event-date-proceed").click();
  // The save goes on to the form's own checks (the parties are still empty), not to a silent stop.
  await expect(page.getByTestId("field-error").filter({ hasText: "必填" }).first()).toBeVisible();
  await expect(page.getByTestId("event-date-warning")).not.toContainText("保存前请核对");
});
