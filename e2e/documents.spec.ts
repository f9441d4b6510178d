import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const fixture = (name: string) => path.join(process.cwd(), "tests", "fixtures", "documents", name);

/** The hint line under a labelled field (where "从文件填写" puts its source). */
/** A file input only takes a file once the page has hydrated (it is disabled until then). */
async function chooseFile(page: Page, testId: string, file: Parameters<Page["setInputFiles"]>[1]) {
  const input = page.getByTestId(testId);
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
}

const hintOf = (page: Page, label: string | RegExp) => page.getByLabel(label).locator("xpath=..").getByTestId("prefill-source");

test("staff fills a new agreement from a Word file, corrects a field, saves, and finds the file attached", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  await chooseFile(page, "prefill-input", fixture("06-preamble-jiaofen-docx.docx"));
  await expect(page.getByTestId("prefill-status")).toContainText("填写 7 项");

  // Each field filled, marked with the text it came from.
  await expect(page.getByLabel("协议名称（中文）")).toHaveValue("普惠金融服务合作协议");
  await expect(hintOf(page, "协议名称（中文）")).toContainText("来自文件");
  await expect(page.getByTestId("signed-value")).toHaveValue("12345678.90");
  await expect(hintOf(page, /^签约金额/)).toContainText("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整");
  await expect(page.getByLabel(/^签约日期/)).toHaveValue("2025-07-10");
  await expect(page.getByLabel(/履约期开始/)).toHaveValue("2025-08-01");
  await expect(page.getByLabel(/履约期结束/)).toHaveValue("2027-07-31");
  await expect(page.getByLabel(/合作类别/).locator("option:checked")).toHaveText("金融服务");
  await expect(hintOf(page, /合作类别/)).toContainText("建议");
  await expect(page.getByTestId("party-picker-0")).toHaveValue("重庆银行股份有限公司");
  await expect(page.getByTestId("party-picker-1")).toHaveValue("重庆市小额贷款公司协会");
  await expect(page.getByTestId("party-row-0")).toContainText("以下简称“甲方”");

  // Staff correct the title: the mark says it was changed.
  const title = `普惠金融服务合作协议（两江 ${Date.now()}）`;
  await page.getByLabel("协议名称（中文）").fill(title);
  await expect(hintOf(page, "协议名称（中文）")).toHaveAttribute("data-tone", "changed");

  await page.getByTestId("save-agreement").click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("detail-value")).toContainText("1234.57万元");
  const attachment = page.getByTestId("attachment");
  await expect(attachment).toHaveCount(1);
  await expect(attachment).toContainText("06-preamble-jiaofen-docx.docx");
  await expect(attachment).toContainText("业务专员");
  await expect(page.getByTestId("history")).toContainText("附加文件");

  const href = await attachment.getByRole("link").getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(download.headers()["content-disposition"]).toContain("attachment;");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a scan gets 'no text layer', not a guess", async ({ page }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/new");
  await chooseFile(page, "prefill-input", fixture("09-scan-pdf.pdf"));
  await expect(page.getByTestId("prefill-status")).toContainText("没有文字层");
  await expect(page.getByLabel("协议名称（中文）")).toHaveValue("");
});

test("staff attach and remove files on an agreement; an executive can only download", async ({ page, browser }) => {
  await signIn(page, "staff");
  await page.goto("/agreements/1");
  const list = page.getByTestId("attachment");
  const before = await list.count();
  await chooseFile(page, "attachment-input", fixture("10-scan-png.png"));
  await expect(page.getByTestId("upload-status")).toContainText("已附上 10-scan-png.png");
  await expect(list).toHaveCount(before + 1);

  // Named .pdf, but HTML inside: refused by its bytes.
  await chooseFile(page, "attachment-input", { name: "合同.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>not a pdf</body></html>") });
  await expect(page.getByTestId("upload-status")).toContainText("只能上传 PDF、Word（DOCX）、JPG 或 PNG 文件");
  await expect(list).toHaveCount(before + 1);

  const executive = await browser.newPage();
  await signIn(executive, "executive");
  await executive.goto("/agreements/1");
  await expect(executive.getByTestId("attachment").filter({ hasText: "10-scan-png.png" })).toHaveCount(1);
  await expect(executive.getByTestId("upload-attachment")).toHaveCount(0);
  await expect(executive.getByTestId("remove-attachment")).toHaveCount(0);
  const href = await executive.getByTestId("attachment").filter({ hasText: "10-scan-png.png" }).getByRole("link").getAttribute("href");
  expect((await executive.request.get(href!)).headers()["content-type"]).toBe("image/png");

  await list.filter({ hasText: "10-scan-png.png" }).getByTestId("remove-attachment").click();
  await page.getByTestId("confirm-remove-attachment").click();
  await expect(list).toHaveCount(before);
  await expect(page.getByTestId("history")).toContainText("移除文件");
  expect((await executive.request.get(href!)).status()).toBe(404);
  await executive.close();
});
