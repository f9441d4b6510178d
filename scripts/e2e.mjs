// `npm run test:e2e`: finds a browser, builds if needed, prepares a fresh database
// (a scratch copy on the server in DATABASE_URL, or a fresh embedded one), runs Playwright.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "./lib/build.mjs";

function findBrowser() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  return null;
}

const browser = findBrowser();
let playwrightOwn = false;
if (!browser) {
  try {
    const { chromium } = await import("playwright-core");
    playwrightOwn = fs.existsSync(chromium.executablePath());
  } catch {
    playwrightOwn = false;
  }
  if (!playwrightOwn) {
    console.error(
      "[accord] No browser for the e2e tests. Install Debian's chromium (`sudo apt-get install -y chromium`)," +
        " or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` where downloads work.",
    );
    process.exit(1);
  }
}

ensureBuild();

const env = { ...process.env };
if (browser) env.PLAYWRIGHT_CHROMIUM_PATH = browser;
if (process.env.DATABASE_URL) {
  // Never touch the developer's database: the run gets its own scratch database.
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `${url.pathname.replace(/^\//, "") || "accord"}_e2e`.replace(/^/, "/");
  env.DATABASE_URL = url.toString();
  env.AUTH_SECRET ||= crypto.randomBytes(33).toString("base64");
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/e2e-db.mts", process.env.DATABASE_URL, env.DATABASE_URL], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  env.ACCORD_DATA_DIR = path.resolve(".data", "e2e");
  fs.rmSync(env.ACCORD_DATA_DIR, { recursive: true, force: true });
}

const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
