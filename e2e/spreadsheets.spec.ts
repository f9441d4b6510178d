import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const fixture = (name: string) => path.join(process.cwd(), "tests", "fixtures", "imports", name);
const SHOTS = process.env.SCREENSHOT_DIR;

async function signedTotal(page: Page): Promise<bigint> {
  const body = await (await page.request.get("/api/v1/rollups")).json();
  return BigInt(String(body.signedValue).replace(".", ""));
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return fs.readFileSync(await file.path(), "utf8");
}

test("staff downloads the template, previews a sheet with errors, commits, and the dashboard total rises by exactly the committed sum", async ({ page }) => {
  await signIn(page, "staff");
  const before = await signedTotal(page);
  await page.goto("/agreements");
  await page.getByTestId("import-agreements").click();
  await expect(page).toHaveURL(/\/agreements\/import$/);

  const template = await download(page, "template-csv");
  expect(template.startsWith("\uFEFF协议编号,协议名称,英文名称,合作类别")).toBe(true);

  const input = page.getByTestId("import-file");
  await expect(input).toBeEnabled();
  await input.setInputFiles(fixture("bad-rows.csv"));
  await expect(page.getByTestId("count-create")).toHaveText("1");
  await expect(page.getByTestId("count-error")).toHaveText("8");
  await expect(page.getByTestId("import-sum")).toHaveText("1.2亿元");
  await expect(page.getByTestId("import-row-3")).toContainText("第 3 行「协议名称」：必填");
  await expect(page.getByTestId("import-row-5")).toContainText("第 5 行「合作类别」：没有这个合作类别");
  await expect(page.getByTestId("import-row-6")).toContainText("此编号在文件中已出现过");
  await expect(page.getByText("以下列无法识别，已忽略：备注列")).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/import-preview-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/import-preview-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const errors = await download(page, "import-errors-download");
  const lines = errors.trim().split("\r\n");
  expect(lines[0].endsWith(",错误说明")).toBe(true);
  expect(lines).toHaveLength(9);
  expect(lines[1]).toContain("协议名称: 必填");

  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-status")).toContainText("已导入：新增 1 行");
  expect((await signedTotal(page)) - before).toBe(120_000_000_00n);

  // Importing the same file again writes nothing.
  await page.reload();
  await expect(page.getByTestId("import-file")).toBeEnabled();
  await page.getByTestId("import-file").setInputFiles(fixture("bad-rows.csv"));
  await expect(page.getByTestId("count-unchanged")).toHaveText("1");
  await expect(page.getByTestId("count-create")).toHaveText("0");
});

test("an executive has no import link or page, and an upload is refused", async ({ page }) => {
  await signIn(page, "executive");
  await page.goto("/agreements");
  await expect(page.getByTestId("list-export-xlsx")).toBeVisible();
  await expect(page.getByTestId("import-agreements")).toHaveCount(0);
  expect((await page.goto("/agreements/import"))?.status()).toBe(403);
  const res = await page.request.post("/api/v1/imports?commit=1", {
    multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: fs.readFileSync(fixture("agreements-utf8.csv")) } },
  });
  expect(res.status()).toBe(403);
});

test("the list exports what it shows as CSV", async ({ page }) => {
  await signIn(page, "executive");
  await page.goto("/agreements?category=financial_services&sort=value_desc");
  const { total } = await (await page.request.get("/api/v1/agreements?category=financial_services&pageSize=10")).json();
  const csv = await download(page, "list-export-csv");
  expect(csv.startsWith("\uFEFF协议编号")).toBe(true);
  expect(csv.trim().split("\r\n")).toHaveLength(total + 1);
});
