/**
 * Cleans text as PDF and Word extraction hands it over, so the field rules see
 * the characters a person reads. Pure.
 */

/**
 * CJK fonts draw some ideographs with the same glyph as a radical, and PDF
 * writers often record the radical's code point: "银⾏" arrives with U+2F8F, not
 * 行. The Kangxi radicals (U+2F00–2FD5) fold back under NFKC; the radicals
 * supplement has no decomposition, so its pairs are listed here. The table was
 * read from the cmaps of the Noto CJK fonts (radical and ideograph sharing one
 * glyph); the same reading reproduces NFKC for all 214 Kangxi radicals.
 */
const RADICAL_SUPPLEMENT =
  "⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⺿艹" +
  "⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

const SUPPLEMENT_MAP = new Map<string, string>();
for (let i = 0; i < RADICAL_SUPPLEMENT.length; i += 2) SUPPLEMENT_MAP.set(RADICAL_SUPPLEMENT[i], RADICAL_SUPPLEMENT[i + 1]);

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
/** CJK characters and the full-width punctuation that sits between them. */
const CJK_OR_PUNCT = `[${CJK}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f\\uff08\\uff09“”‘’]`;
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK_OR_PUNCT}) +(?=${CJK_OR_PUNCT})`, "g");

/** Radicals back to ideographs. */
export function foldRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => SUPPLEMENT_MAP.get(c) ?? c.normalize("NFKC"));
}

/**
 * Lines of readable text: radicals folded, zero-width characters removed, tabs,
 * no-break and ideographic spaces made plain spaces, the spaces that PDF
 * extraction and justified Word text put between Chinese characters removed,
 * each line trimmed, empty lines dropped.
 */
export function documentLines(text: string): string[] {
  return foldRadicals(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\t\u00a0\u3000]/g, " ")
    .split("\n")
    .map((line) => line.replace(SPACE_BETWEEN_CJK, "$1").replace(/ {2,}/g, " ").trim())
    .filter((line) => line.length > 0);
}
