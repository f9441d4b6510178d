/**
 * `Content-Disposition: attachment` for a stored file name (RFC 6266): the
 * UTF-8 name in `filename*` for every current browser, and a plain-ASCII
 * `filename` for the rest (a Chinese name there becomes `attachment-<id>.<ext>`,
 * never mojibake). Pure.
 */
export function attachmentDisposition(fileName: string, id: number): string {
  const ascii = /^[\x20-\x7e]+$/.test(fileName) ? fileName : `attachment-${id}${fileName.includes(".") ? fileName.slice(fileName.lastIndexOf(".")) : ""}`;
  const quoted = ascii.replace(/[\\"]/g, "_").replace(/[^\x20-\x7e]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${quoted}"; filename*=UTF-8''${encoded}`;
}
