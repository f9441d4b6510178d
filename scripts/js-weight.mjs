// `node scripts/js-weight.mjs [base-url]`: JavaScript the browser transfers for the
// dashboard and the agreement form, signed in as staff, cache off: the sum of
// `encodedDataLength` (bytes on the wire, compressed) of every script response,
// as Chromium's DevTools protocol reports it. Needs a running app (`npm start`).
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000";
const PAGES = ["/", "/agreements/new", "/agreements"];
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.getByLabel(/邮箱|Email/).fill(process.env.JS_WEIGHT_EMAIL ?? "staff@accord.local");
await page.getByLabel(/密码|Password/).fill(process.env.JS_WEIGHT_PASSWORD ?? "accord-demo-2026");
await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
await page.waitForURL((url) => url.pathname === "/");

const rows = [];
for (const path of PAGES) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map();
  let bytes = 0;
  let files = 0;
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    if (types.get(e.requestId) === "Script") {
      bytes += e.encodedDataLength;
      files += 1;
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await cdp.detach();
  rows.push({ path, files, kB: Math.round(bytes / 100) / 10, KiB: Math.round(bytes / 102.4) / 10 });
}
await browser.close();
console.log("| page | script files | kB (1,000 B) | KiB |\n|---|---|---|---|");
for (const r of rows) console.log(`| \`${r.path}\` | ${r.files} | ${r.kB} | ${r.KiB} |`);
