import "server-only";
import mammoth from "mammoth";

/**
 * The text of a Word document (.docx), one paragraph per line, with mammoth.
 * Tables come out cell by cell; headers, footers and text boxes are not read.
 * @throws when the bytes are not a readable DOCX.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return value;
}
