import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function pickParty(page: Page, row: number, search: string, option: RegExp) {
  const picker = page.getByTestId(`party-picker-${row}`);
  await picker.click();
  await picker.fill(search);
  await page.getByRole("option", { name: option }).first().click();
  await expect(picker).toHaveValue(option);
}

test("staff creates, finds, edits, progresses, deletes and restores an agreement", async ({ page }) => {
  const title = `两江数智金融联合实验室合作协议 ${Date.now()}`;
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  await expect(page.getByLabel(/编号/)).toHaveValue(/^CQ-\d{4}-\d{4}$/);
  await page.getByLabel("协议名称（中文）").fill(title);
  await page.getByLabel(/合作类别/).selectOption({ label: "科技创新" });
  // No signing date is assumed: a signed agreement without one is refused next to the field.
  await page.getByTestId("save-agreement").click();
  await expect(page.getByText("状态为草拟以外时，签约日期必填")).toBeVisible();
  await page.getByLabel(/^签约日期/).fill("2025-07-10");
  await page.getByTestId("signed-value").fill("3.5亿");
  await expect(page.getByTestId("amount-echo")).toContainText("= 3.5亿元");

  await pickParty(page, 0, "马上消金", /马上消费金融/);
  await pickParty(page, 1, "重庆大学", /重庆大学/);

  await page.getByTestId("new-organization").click();
  const dialog = page.getByTestId("new-organization-dialog");
  await expect(dialog).toBeVisible();
  const orgName = `两江数智研究院 ${Date.now()}`;
  await dialog.getByLabel(/中文名称/).fill(orgName);
  await dialog.getByLabel(/机构类型/).selectOption("academic");
  await dialog.getByRole("button", { name: /保存|创建/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("party-picker-2")).toHaveValue(orgName);

  await page.getByTestId("save-agreement").click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("detail-value")).toContainText("3.5亿元");
  await expect(page.getByTestId("detail-parties").locator("li")).toHaveCount(3);
  const detailUrl = page.url();

  // Found by a Chinese substring of its title, and by a party's short name.
  await page.goto(`/agreements?q=${encodeURIComponent("数智金融联合")}`);
  await expect(page.getByTestId("agreement-table")).toContainText(title);
  await page.goto(`/agreements?q=${encodeURIComponent("数智研究院")}`);
  await expect(page.getByTestId("agreement-table")).toContainText(title);

  await page.goto(detailUrl);
  await page.getByTestId("edit-agreement").click();
  await page.getByLabel("协议名称（英文）").fill("Liangjiang digital finance joint lab");
  await page.getByTestId("signed-value").fill("3800万");
  await page.getByTestId("save-agreement").click();
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByTestId("detail-value")).toContainText("3800万元");
  await expect(page.getByTestId("history")).toContainText("3.5亿元 → 3800万元");

  await page.getByTestId("delivered-value").fill("500万");
  await page.getByTestId("progress-note").fill("首期联合实验室场地已交付");
  await page.getByTestId("save-progress").click();
  await expect(page.getByTestId("progress-list")).toContainText("首期联合实验室场地已交付");
  await expect(page.getByTestId("delivered-summary")).toContainText("已落地 500万元 / 签约 3800万元");

  await page.getByTestId("delete-agreement").click();
  await page.getByTestId("confirm-delete").click();
  await expect(page.getByTestId("deleted-banner")).toBeVisible();
  await page.goto(`/agreements?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await page.goto(`/agreements?deleted=1&q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("agreement-table")).toContainText(title);

  await page.goto(detailUrl);
  await page.getByTestId("restore-agreement").click();
  await expect(page.getByTestId("deleted-banner")).toBeHidden();
  await page.goto(`/agreements?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("list-summary")).toContainText("共 1 份，签约金额合计 3800万元");
});

test("a second editor of the same agreement sees the conflict, keeps their input, and may save it over the first", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "staff");
  await signIn(second, "admin");
  await first.goto("/agreements?sort=reference_asc");
  const href = await first.getByTestId("agreement-table").locator(`a[href^="/agreements/"]`).first().getAttribute("href");
  await first.goto(`${href}/edit`);
  await second.goto(`${href}/edit`);

  await first.getByLabel("协议名称（英文）").fill("Saved first by staff");
  await first.getByTestId("save-agreement").click();
  await expect(first).toHaveURL(new RegExp(`${href}$`));

  await second.getByLabel("协议名称（英文）").fill("Second editor's text");
  await second.getByTestId("save-agreement").click();
  await expect(second.getByTestId("conflict-message")).toContainText("业务专员");
  await expect(second.getByLabel("协议名称（英文）")).toHaveValue("Second editor's text");
  await expect(second).toHaveURL(/\/edit$/);

  // Knowingly saving over the first editor's change goes through, as a new version.
  await second.getByTestId("conflict-overwrite").click();
  await expect(second).toHaveURL(new RegExp(`${href}$`));
  await expect(second.getByText("Second editor's text").first()).toBeVisible();
});

test("an executive sees no write controls and a direct action call is refused", async ({ browser }) => {
  // Record what the browser sends for a delete, as staff, then undo it.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "staff");
  await staff.goto("/agreements?sort=reference_desc");
  const href = (await staff.getByTestId("agreement-table").locator(`a[href^="/agreements/"]`).first().getAttribute("href"))!;
  await staff.goto(href);
  const [request] = await Promise.all([
    staff.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    staff.getByTestId("delete-agreement").click().then(() => staff.getByTestId("confirm-delete").click()),
  ]);
  await expect(staff.getByTestId("deleted-banner")).toBeVisible();
  await staff.getByTestId("restore-agreement").click();
  await expect(staff.getByTestId("deleted-banner")).toBeHidden();

  const exec = await (await browser.newContext()).newPage();
  await signIn(exec, "executive");
  await exec.goto(href);
  await expect(exec.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(exec.getByTestId("edit-agreement")).toHaveCount(0);
  await expect(exec.getByTestId("delete-agreement")).toHaveCount(0);
  await expect(exec.getByTestId("progress-form")).toHaveCount(0);
  await exec.goto("/agreements");
  await expect(exec.getByTestId("new-agreement")).toHaveCount(0);
  // Opening a write page answers 403 itself, not a 200 page that shows a refusal.
  expect((await exec.goto("/agreements/new"))?.status()).toBe(403);
  await expect(exec.getByTestId("forbidden")).toBeVisible();
  expect((await exec.goto(`${href}/edit`))?.status()).toBe(403);
  expect((await exec.goto("/events/1/batch"))?.status()).toBe(403);
  await expect(exec.getByTestId("agreement-form")).toHaveCount(0);

  const replay = await exec.request.post(request.url(), {
    headers: { "next-action": request.headers()["next-action"], "content-type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8" },
    data: request.postData() ?? "",
  });
  expect(replay.status()).toBe(403);
  await exec.goto(href);
  await expect(exec.getByTestId("deleted-banner")).toHaveCount(0);
});
