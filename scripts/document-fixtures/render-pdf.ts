/**
 * Renders fixture blocks to a PDF with real text (Chromium embeds the CJK font
 * and its ToUnicode map, like an office suite's "export as PDF"), to a picture
 * of the page (PNG/JPEG), or to a PDF holding only that picture (a scan).
 */
import type { Browser } from "@playwright/test";
import type { Block } from "./types";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lines = (s: string) => s.split("\n").map(escape).join("<br>");

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "title":
      return `<h1>${lines(b.text)}</h1>`;
    case "p":
      return `<p class="${b.indent ? "indent" : ""} ${b.align ?? ""}">${lines(b.text)}</p>`;
    case "gap":
      return `<div class="gap"></div>`;
    case "columns":
      return `<table><tr>${b.columns.map((c) => `<td>${c.map((l) => `<p>${lines(l)}</p>`).join("")}</td>`).join("")}</tr></table>`;
    case "rows":
      return `<table class="rows">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${lines(c)}</td>`).join("")}</tr>`).join("")}</table>`;
  }
}

export function documentHtml(blocks: Block[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", serif; font-size: 15px; line-height: 1.8; margin: 0; padding: 24px 32px; color: #111; background: #fff; }
    h1 { font-size: 22px; text-align: center; margin: 8px 0 20px; line-height: 1.5; }
    p { margin: 4px 0; } .indent { text-indent: 2em; } .right { text-align: right; } .center { text-align: center; }
    .gap { height: 28px; } table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding-right: 24px; }
    .rows td { border: 1px solid #444; padding: 4px 8px; } .rows { margin: 8px 0; }
  </style></head><body>${blocks.map(blockHtml).join("\n")}</body></html>`;
}

export async function renderPdf(browser: Browser, blocks: Block[]): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(documentHtml(blocks));
  const pdf = await page.pdf({ format: "A4", margin: { top: "20mm", bottom: "20mm", left: "18mm", right: "18mm" } });
  await page.close();
  return pdf;
}

/** A small "photo" of the page: the tests need its type, not its resolution. */
export async function renderImage(browser: Browser, blocks: Block[], type: "png" | "jpeg"): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 560, height: 360 } });
  await page.setContent(documentHtml(blocks));
  const image = await page.screenshot({ type, ...(type === "jpeg" ? { quality: 60 } : {}) });
  await page.close();
  return image;
}

/** A PDF page that is only a picture of text, as a scanner produces. */
export async function renderScanPdf(browser: Browser, blocks: Block[]): Promise<Buffer> {
  const png = await renderImage(browser, blocks, "png");
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString("base64")}"></body></html>`);
  const pdf = await page.pdf({ format: "A4" });
  await page.close();
  return pdf;
}
