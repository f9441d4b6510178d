// `npm run fixtures:documents`: (re)writes the test documents under tests/fixtures/documents/
// from the specs beside this file: each file with its <name>.expected.json. Needs Debian's
// chromium (or PLAYWRIGHT_CHROMIUM_PATH) and the Noto CJK fonts (fonts-noto-cjk) for the PDFs.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { renderDocx } from "./render-docx";
import { renderImage, renderPdf, renderScanPdf } from "./render-pdf";
import { SPECS_A } from "./specs-a";
import { SPECS_B } from "./specs-b";
import { SPECS_C } from "./specs-c";
import type { FixtureSpec } from "./types";

const OUT = path.resolve("tests/fixtures/documents");
const EXTENSION: Record<FixtureSpec["format"], string> = { pdf: "pdf", "scan-pdf": "pdf", docx: "docx", png: "png", jpeg: "jpg" };

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const spec of [...SPECS_A, ...SPECS_B, ...SPECS_C]) {
    const bytes =
      spec.format === "pdf" ? await renderPdf(browser, spec.blocks)
      : spec.format === "scan-pdf" ? await renderScanPdf(browser, spec.blocks)
      : spec.format === "docx" ? await renderDocx(spec.blocks)
      : await renderImage(browser, spec.blocks, spec.format);
    const file = `${spec.name}.${EXTENSION[spec.format]}`;
    fs.writeFileSync(path.join(OUT, file), bytes);
    fs.writeFileSync(path.join(OUT, `${spec.name}.expected.json`), `${JSON.stringify({ file, ...spec.expected }, null, 2)}\n`);
    console.log(`${file}  ${bytes.length.toLocaleString()} bytes`);
  }
} finally {
  await browser.close();
}
