/** Maps full-width ASCII (U+FF01–FF5E), the ideographic space and U+2212 to plain ASCII: what Chinese input methods type. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\u2212/g, "-");
}
