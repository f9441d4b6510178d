import "server-only";
import { hasTextLayer } from "../extract-fields";
import type { DocumentType } from "../file-types";
import { docxText } from "./docx-text";
import { pdfText } from "./pdf-text";

export type TextResult = { ok: true; text: string } | { ok: false; reason: "noTextLayer" | "unreadable" };

/**
 * The text of an uploaded document, read on the server only (the readers never
 * reach the browser). Images and PDFs or Word files without text have no text
 * layer: staff fill the form by hand rather than get a guess.
 */
export async function extractText(bytes: Uint8Array, type: DocumentType): Promise<TextResult> {
  if (type === "jpeg" || type === "png") return { ok: false, reason: "noTextLayer" };
  let text: string;
  try {
    text = type === "pdf" ? await pdfText(bytes) : await docxText(bytes);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return hasTextLayer(text) ? { ok: true, text } : { ok: false, reason: "noTextLayer" };
}
