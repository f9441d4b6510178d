/**
 * Amounts written in Chinese numerals, as contracts state them in words:
 * 叁亿伍仟万元整, 壹亿零伍佰万元整, 壹仟贰佰叁拾肆元伍角陆分. Parsed into the same exact
 * decimal string the form's amount box produces ("350000000.00"), BigInt only.
 * The financial capitals 壹贰叁肆伍陆柒捌玖拾佰仟 are the rule; the everyday forms
 * 一二三…十百千, 两, 〇 and the traditional 萬億圓 are read the same way. Pure.
 */
import { fenToDecimal } from "../money";
import { MAX_AMOUNT_FEN, type AmountInputResult } from "../amount-input";

const DIGITS: Record<string, bigint> = {
  零: 0n, 〇: 0n, "○": 0n,
  壹: 1n, 一: 1n, 贰: 2n, 貳: 2n, 二: 2n, 两: 2n, 兩: 2n, 叁: 3n, 參: 3n, 三: 3n, 肆: 4n, 四: 4n,
  伍: 5n, 五: 5n, 陆: 6n, 陸: 6n, 六: 6n, 柒: 7n, 七: 7n, 捌: 8n, 八: 8n, 玖: 9n, 九: 9n,
};
const SMALL_UNITS: Record<string, bigint> = { 拾: 10n, 十: 10n, 佰: 100n, 百: 100n, 仟: 1000n, 千: 1000n };
const WAN = new Set(["万", "萬"]);
const YI = new Set(["亿", "億"]);

/** Every character the parser reads; the extractor uses it to find amounts in running text. */
export const UPPERCASE_AMOUNT_CHARS = `${Object.keys(DIGITS).join("")}${Object.keys(SMALL_UNITS).join("")}万萬亿億元圆圓角分整正`;

/**
 * Parses a whole amount in words. A leading 人民币 and a trailing 整/正 are
 * allowed; anything unreadable (two digits in a row, units out of order, a
 * missing 元) is refused rather than guessed.
 */
export function parseUppercaseAmount(raw: string): AmountInputResult {
  const s = raw.replace(/\s+/g, "").replace(/^(?:人民币|人民幣)/, "").replace(/[整正]$/, "");
  if (!s) return { ok: false, error: "empty" };
  const m = /^(.*?)(?:[元圆圓](.*))?$/.exec(s)!;
  const [, yuanPart, fractionPart] = m;
  if (fractionPart === undefined) return { ok: false, error: "invalid" };
  const yuan = yuanPart === "" ? 0n : parseInteger(yuanPart);
  const fen = parseFraction(fractionPart);
  if (yuan === null || fen === null || (yuanPart === "" && fractionPart === "")) return { ok: false, error: "invalid" };
  const total = yuan * 100n + fen;
  if (total > MAX_AMOUNT_FEN) return { ok: false, error: "tooLarge" };
  return { ok: true, decimal: fenToDecimal(total) };
}

/**
 * An integer in words. Sections below 万 are built digit × unit with units
 * strictly falling; 万 closes the 万 section, 亿 closes everything before it
 * (so 壹万亿 is 10^12). 零 marks a gap. A bare digit after a unit larger than
 * 拾 needs a 零 before it: 壹万伍 means 15,000 to one reader and 10,005 to
 * another, so it is refused.
 */
function parseInteger(text: string): bigint | null {
  const st = { yi: 0n, wan: 0n, section: 0n, digit: null as bigint | null, lastUnit: 10000n, zeroBefore: false, wanSeen: false };
  /** The pending digit, or null when it may not stand where it does. */
  const pending = (): bigint | null => {
    if (st.digit === null || st.digit === 0n) return 0n;
    const firstOfNumber = st.yi === 0n && st.wan === 0n && st.section === 0n;
    return firstOfNumber || st.zeroBefore || st.lastUnit === 10n ? st.digit : null;
  };
  for (const ch of text) {
    if (ch in DIGITS) {
      if (st.digit !== null && st.digit !== 0n && DIGITS[ch] !== 0n) return null; // two digits with no unit between
      st.zeroBefore ||= st.digit === 0n;
      st.digit = DIGITS[ch];
      continue;
    }
    if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      // 拾万 and 十五 start with a bare 十: one ten.
      const d = st.digit === null && unit === 10n && st.section === 0n ? 1n : st.digit;
      if (unit >= st.lastUnit || d === null || d === 0n) return null;
      st.section += d * unit;
      st.lastUnit = unit;
    } else if (WAN.has(ch) || YI.has(ch)) {
      const tail = pending();
      if (tail === null || (WAN.has(ch) && st.wanSeen) || (YI.has(ch) && st.yi !== 0n)) return null;
      const value = (YI.has(ch) ? st.wan : 0n) + st.section + tail;
      if (value === 0n) return null;
      if (WAN.has(ch)) {
        st.wan = value * 10000n;
        st.wanSeen = true;
      } else {
        st.yi = value * 100000000n;
        st.wan = 0n;
        st.wanSeen = false;
      }
      st.section = 0n;
      st.lastUnit = 10000n;
    } else {
      return null;
    }
    st.digit = null;
    st.zeroBefore = false;
  }
  const tail = pending();
  return tail === null ? null : st.yi + st.wan + st.section + tail;
}

/** 角 and 分 after 元: [digit 角][零][digit 分], e.g. 伍角, 零伍分, 伍角陆分. */
function parseFraction(text: string): bigint | null {
  const m = /^零?(?:(.)角)?零?(?:(.)分)?$/.exec(text);
  if (!m) return null;
  const [, jiao, fen] = m;
  if ((jiao && !(jiao in DIGITS)) || (fen && !(fen in DIGITS))) return null;
  return (jiao ? DIGITS[jiao] * 10n : 0n) + (fen ? DIGITS[fen] : 0n);
}
