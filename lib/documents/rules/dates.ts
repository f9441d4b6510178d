/**
 * The signing date and the term. Signing: a 签订日期/签署日期 label, else a
 * sentence "于…签订", else the latest date under the signatures. Term: 自…起至…止,
 * else 有效期N年 (or N个月) counted from the date the sentence names, or from
 * signing; the term ends the day before the anniversary. Pure.
 */
import { findDates, termEndAfter, type DateMatch } from "../chinese-dates";
import { lineAt, snippetAt, snippetOfLines, type DocumentText, type Found } from "./document-text";

const SIGNING_LABEL = /(?:签订|签署|签约|签字)(?:日期|时间)\s*[：:]?/g;
const SIGNED_AFTER = /^\s*(?:在[^，。；\n]{0,20})?(?:正式)?(?:签订|签署|签约|订立|签字)/;
const SIGNATURE_LINE = /盖章|签章|签字|签名|公章/;

function afterLabel(doc: DocumentText, dates: DateMatch[]): Found<string> | undefined {
  for (const m of doc.flow.matchAll(SIGNING_LABEL)) {
    const end = m.index + m[0].length;
    const d = dates.find((x) => x.index >= end && x.index - end <= 2);
    if (d) return { value: d.iso, source: snippetAt(doc, m.index, d.index + d.length - m.index) };
  }
  return undefined;
}

function inSigningSentence(doc: DocumentText, dates: DateMatch[]): Found<string> | undefined {
  const d = dates.find((x) => SIGNED_AFTER.test(doc.flow.slice(x.index + x.length, x.index + x.length + 30)));
  return d && { value: d.iso, source: snippetAt(doc, d.index, d.length) };
}

/** The latest date from the last signature line on: the agreement binds once the last party has signed. */
function underSignatures(doc: DocumentText, dates: DateMatch[]): Found<string> | undefined {
  const last = doc.lines.findLastIndex((l) => SIGNATURE_LINE.test(l));
  if (last < 0) return undefined;
  const below = dates.filter((d) => d.index >= doc.starts[last]);
  if (below.length === 0) return undefined;
  const latest = below.reduce((a, b) => (b.iso > a.iso ? b : a));
  return { value: latest.iso, source: snippetOfLines(doc, lineAt(doc, latest.index)) };
}

export function findSignedOn(doc: DocumentText): Found<string> | undefined {
  const dates = findDates(doc.flow);
  return afterLabel(doc, dates) ?? inSigningSentence(doc, dates) ?? underSignatures(doc, dates);
}

export interface Term {
  termStart?: Found<string>;
  termEnd?: Found<string>;
}

const RANGE_BEFORE = /[自从]\s*$/;
/** "合作期限：2025年7月10日至…": a range right after the word for a term needs no 自. */
const TERM_WORD_BEFORE = /(?:有效期|期限|合作期|期间)(?:限)?\s*(?:为|是|[：:])?\s*$/;
const RANGE_BETWEEN = /^\s*起?\s*(?:至|到|—|–|-|~)\s*$/;

function explicitRange(doc: DocumentText, dates: DateMatch[]): Term | undefined {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i], dates[i + 1]];
    const before = doc.flow.slice(Math.max(0, a.index - 8), a.index);
    if (!(RANGE_BEFORE.test(before) || TERM_WORD_BEFORE.test(before)) || !RANGE_BETWEEN.test(doc.flow.slice(a.index + a.length, b.index)) || b.iso < a.iso) continue;
    const source = snippetAt(doc, a.index - 1, b.index + b.length - a.index + 2);
    return { termStart: { value: a.iso, source }, termEnd: { value: b.iso, source } };
  }
  return undefined;
}

const CN_NUMBER: Record<string, number> = { 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9, 十: 10, 拾: 10 };
// The number may come after a start date ("有效期自2025年7月10日起三年"): it must not be the tail of one.
const DURATION =
  /(?:有效期|合作期限|合作期|期限)[^。；;]{0,30}?(?<![\d〇○零一二三四五六七八九十])(\d{1,2}|十[一二]|二十四|三十六|[一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾])\s*(?:[（(]\s*\d{1,2}\s*[)）])?\s*(个月|年)/g;

function durationNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN_NUMBER[s] ?? null;
  if (s.startsWith("十")) return 10 + CN_NUMBER[s[1]];
  return CN_NUMBER[s[0]] * 10 + (CN_NUMBER[s[2]] ?? 0);
}

/** 有效期N年: from the date its sentence names with 自…起, else from signing. */
function fromDuration(doc: DocumentText, dates: DateMatch[], signedOn: string | undefined): Term | undefined {
  for (const m of doc.flow.matchAll(DURATION)) {
    const n = durationNumber(m[1]);
    if (!n) continue;
    const named = dates.find((d) => Math.abs(d.index - m.index) < 80 && RANGE_BEFORE.test(doc.flow.slice(Math.max(0, d.index - 3), d.index)) && /^\s*起/.test(doc.flow.slice(d.index + d.length)));
    // "自本协议签订之日起" and a term with no start named both run from signing.
    const start = named?.iso ?? signedOn;
    if (!start) return undefined;
    const end = m[2] === "年" ? termEndAfter(start, n) : termEndAfter(start, 0, n);
    const source = snippetAt(doc, m.index, m[0].length);
    return { termStart: { value: start, source: named ? snippetAt(doc, named.index, named.length) : source }, termEnd: { value: end, source } };
  }
  return undefined;
}

export function findTerm(doc: DocumentText, signedOn: string | undefined): Term {
  const dates = findDates(doc.flow);
  return explicitRange(doc, dates) ?? fromDuration(doc, dates, signedOn) ?? {};
}
