/**
 * The agreement's amount: 人民币3.5亿元, ¥350,000,000.00, 5000万元, or in words
 * (叁亿伍仟万元整). Amounts in a sentence about the agreement's value (金额,
 * 规模, 额度, 授信 …) rank first; registered capital, penalties and damages are
 * never the agreement's value. Where figures and words disagree the words win,
 * as they do in Chinese contract practice. Pure.
 */
import { parseAmountInput } from "../../amount-input";
import { toHalfWidth } from "../../half-width";
import { parseUppercaseAmount, UPPERCASE_AMOUNT_CHARS } from "../uppercase-amount";
import { sentenceAround, sentenceBefore, snippetAt, type DocumentText, type Found } from "./document-text";

const FIGURES = /(人民币|RMB|CNY)?\s*([¥￥])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万亿|亿|万)?\s*(元)?/g;
const WORDS = new RegExp(`(人民币|大写[：:]?)?\\s*([${UPPERCASE_AMOUNT_CHARS}]{2,})`, "g");
const VALUE_WORDS = /金额|总额|规模|额度|价款|合作资金|投资|融资|授信|意向|签约/;
const NOT_THE_VALUE = /注册资本|注册资金|违约金|滞纳金|赔偿|罚金|罚款|利息|手续费/;

interface Candidate {
  decimal: string;
  index: number;
  length: number;
  score: number;
}

function figureCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FIGURES)) {
    const [whole, rmb, sign, int, frac = "", unit = "", yuan] = m;
    // A bare number is a year, a clause or a count; it needs 元, a currency sign or 人民币 with a unit.
    if (!yuan && !sign && !(rmb && unit)) continue;
    const parsed = parseAmountInput(`${sign ? "¥" : ""}${int}${frac}${unit}`);
    if (!parsed.ok || /^0+\.00$/.test(parsed.decimal)) continue;
    out.push({ decimal: parsed.decimal, index: m.index, length: whole.trimEnd().length, score: rmb || sign ? 1 : 0 });
  }
  return out;
}

function wordCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WORDS)) {
    // 元 and a unit or a financial capital: "统一元数据" holds no amount.
    if (!/[元圆圓]/.test(m[2]) || !/[拾佰仟十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖]/.test(m[2])) continue;
    const parsed = parseUppercaseAmount(m[2]);
    if (!parsed.ok || /^0+\.00$/.test(parsed.decimal)) continue;
    out.push({ decimal: parsed.decimal, index: m.index, length: m[0].length, score: (m[1] ? 1 : 0) + 0.5 });
  }
  return out;
}

export function findAmount(doc: DocumentText): Found<string> | undefined {
  // Full-width digits and commas keep their positions under toHalfWidth (one code unit each).
  const text = toHalfWidth(doc.flow).replace(/，(?=\d{3})/g, ",");
  const [best] = [...figureCandidates(text), ...wordCandidates(text)]
    .filter((c) => !NOT_THE_VALUE.test(sentenceBefore(doc, c.index)))
    .map((c) => ({ ...c, score: c.score + (VALUE_WORDS.test(sentenceAround(doc, c.index)) ? 2 : 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return best && { value: best.decimal, source: snippetAt(doc, best.index, best.length) };
}
