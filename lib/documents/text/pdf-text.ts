import "server-only";
import path from "node:path";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

/** Agreements run to a few dozen pages; past this the rest is annexes, and reading it only costs time. */
const MAX_PAGES = 60;

// pdf.js reads a PDF's predefined CJK encodings (UniGB-UCS2-H …) from these files; without them
// Chinese text in such PDFs comes out empty. Resolved from the working directory like the migrations.
const PDFJS_DIR = path.join(process.cwd(), "node_modules", "pdfjs-dist");

/**
 * The text layer of a PDF, one line per visual line, with pdf.js (Mozilla's
 * reader). Items on one baseline form a line; pdf.js marks line ends, and a
 * drop in the baseline starts a new line too. A scan yields (almost) nothing.
 * @throws when the bytes are not a readable PDF (damaged, or encrypted with a password).
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Loading the worker module in-process lets pdf.js run without a worker thread on the server.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const doc = await pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes ownership of (detaches) the buffer it is given
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i): i is TextItem => "str" in i)));
      page.cleanup();
    }
    return pages.join("\n");
  } finally {
    await doc.destroy();
  }
}

function linesOf(items: TextItem[]): string {
  let out = "";
  let lastY: number | null = null;
  for (const item of items) {
    const y = item.transform[5];
    const size = Math.abs(item.transform[3]) || 10;
    if (lastY !== null && Math.abs(y - lastY) > size * 0.6 && !out.endsWith("\n")) out += "\n";
    out += item.str;
    if (item.hasEOL) out += "\n";
    if (item.str) lastY = y;
  }
  return out;
}
