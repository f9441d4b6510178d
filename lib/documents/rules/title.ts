/**
 * The title: the first heading line that ends like an agreement's name
 * (…合作协议, …框架协议, …战略合作协议, …协议书, …合同, …备忘录), before the parties
 * are named. A short last line such as "战略合作协议" under "A与B" is joined to
 * the line above it. Pure.
 */
import { snippetOfLines, type DocumentText, type Found } from "./document-text";

const TITLE_END = /(?:协议|协议书|合同|备忘录|意向书)(?:[（(][^（()）]{1,20}[)）])?$/;
/** Lines that are not part of a title: numbers, labels, dates. */
const NOT_TITLE = /[：:]|^(?:合同|协议)?编号|^No\.?\s|^\d+$|^第.{1,3}页/i;
const HEAD_LINES = 12;
const SHORT_TAIL = 12;

export function findTitle(doc: DocumentText): Found<string> | undefined {
  const firstLabel = doc.lines.findIndex((l) => /[甲乙丙]\s*方\s*(?:[（(][^（()）]{0,12}[)）])?\s*[：:]|以下简称/.test(l));
  const head = Math.min(firstLabel >= 0 ? firstLabel : HEAD_LINES, HEAD_LINES);
  for (let i = 0; i < head; i++) {
    const line = doc.lines[i];
    if (NOT_TITLE.test(line) || !TITLE_END.test(line) || line.length < 4 || line.length > 100) continue;
    const above = i > 0 ? doc.lines[i - 1] : undefined;
    if (line.length <= SHORT_TAIL && above && !NOT_TITLE.test(above) && above.length <= 60) {
      return { value: above + line, source: snippetOfLines(doc, i - 1, i) };
    }
    return { value: line, source: snippetOfLines(doc, i) };
  }
  return undefined;
}
