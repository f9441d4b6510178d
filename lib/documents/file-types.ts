/**
 * The files an agreement may carry, recognised by their bytes: a name or a
 * browser-sent type says nothing (a ".pdf" that is really HTML must not be
 * served back as a PDF). Pure: no I/O.
 */
import { zipEntryNames } from "./zip-entries";

export const DOCUMENT_TYPES = ["pdf", "docx", "jpeg", "png"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** 20 MB per file, the limit. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const CONTENT_TYPES: Record<DocumentType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  jpeg: "image/jpeg",
  png: "image/png",
};

const EXTENSIONS: Record<DocumentType, readonly string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  jpeg: ["jpg", "jpeg"],
  png: ["png"],
};

/** What the `accept` attribute of a file input lists. */
export const ACCEPT_ATTRIBUTE = DOCUMENT_TYPES.flatMap((t) => [CONTENT_TYPES[t], ...EXTENSIONS[t].map((e) => `.${e}`)]).join(",");

/** The stored content type back to its kind, for rows written by this module. */
export function typeOfContentType(contentType: string): DocumentType | null {
  return DOCUMENT_TYPES.find((t) => CONTENT_TYPES[t] === contentType) ?? null;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The document type the bytes are, or null. A DOCX is a ZIP holding
 * `word/document.xml` (an XLSX or a plain ZIP is not one) and no macros (a
 * macro-enabled .docm renamed .docx is refused).
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names?.includes("word/document.xml") && names.includes("[Content_Types].xml") && !names.includes("word/vbaProject.bin")) return "docx";
  }
  return null;
}

// Path separators, control characters and the characters Windows refuses in names.
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const MAX_NAME_LENGTH = 120;

/**
 * The name a file is listed and downloaded under: the last path segment of
 * what the browser sent, without characters that are unsafe in a header or on
 * a disk, at most 120 characters, and ending in an extension of its real type
 * (a PNG uploaded as "scan.pdf" is kept as "scan.pdf.png", so it opens).
 */
export function storedFileName(raw: string, type: DocumentType): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = base.replace(UNSAFE_NAME_CHARS, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  if (!EXTENSIONS[type].includes(ext)) name = `${name || "document"}.${EXTENSIONS[type][0]}`;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const suffix = name.slice(name.lastIndexOf("."));
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}
