/**
 * The text the field rules read: the document's lines (labels such as 甲方：
 * start a line) and the same lines joined by newlines (sentences run across the
 * visual lines of a PDF). Plus the snippets shown beside a filled field. Pure.
 */
import { documentLines } from "../text-normalize";

export interface DocumentText {
  lines: string[];
  /** The lines joined with "\n". */
  flow: string;
  /** Where each line starts in `flow`. */
  starts: number[];
}

/** A value a rule found, with the text it was read from. */
export interface Found<T> {
  value: T;
  source: string;
}

export function documentText(raw: string): DocumentText {
  const lines = documentLines(raw);
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return { lines, flow: lines.join("\n"), starts };
}

/** The index of the line that holds position `index` of `flow`. */
export function lineAt(doc: DocumentText, index: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const MAX_LINES_SNIPPET = 80;
const BEFORE = 20;
const AFTER = 16;
const SENTENCE_END = /[。；;！？]/;
/** A line that starts something new: a label (签订日期：), a clause number (第二条, 一、, （三）, 2.). */
const STARTS_ANEW = /^(?:[^，。；：:]{2,12}[：:]|第[一二三四五六七八九十百\d]{1,4}条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])/;

/** Where the text a snippet may show starts and ends: a line that starts anew is not joined to its neighbours. */
function snippetBounds(doc: DocumentText, index: number, end: number): [number, number] {
  const first = lineAt(doc, index);
  const last = lineAt(doc, Math.max(index, end - 1));
  const from = STARTS_ANEW.test(doc.lines[first]) ? doc.starts[first] : 0;
  const next = doc.lines[last + 1];
  const to = next === undefined || STARTS_ANEW.test(next) ? doc.starts[last] + doc.lines[last].length : doc.flow.length;
  return [from, to];
}

/**
 * The text around a match at `index` (of `length`) in `flow`: up to 20
 * characters before it and 16 after, never past the end of its sentence, the
 * visual line breaks removed, with "…" where the sentence goes on.
 */
export function snippetAt(doc: DocumentText, index: number, length: number): string {
  const [from, to] = snippetBounds(doc, index, index + length);
  const flow = doc.flow.slice(0, to);
  let left = Math.max(from, index - BEFORE);
  const stop = Math.max(...[...flow.slice(left, index)].map((c, i) => (SENTENCE_END.test(c) ? left + i + 1 : -1)));
  if (stop >= 0) left = stop;
  const tail = flow.slice(index + length, index + length + AFTER);
  const end = tail.search(SENTENCE_END);
  const right = index + length + (end >= 0 ? end + 1 : tail.length);
  const cutLeft = left > from && stop < 0 && flow[left - 1] !== "\n";
  const cutRight = end < 0 && right < flow.length && flow[right] !== "\n";
  return `${cutLeft ? "…" : ""}${flow.slice(left, right).replace(/\n/g, "").trim()}${cutRight ? "…" : ""}`;
}

/** Whole lines `first`..`last`, joined (a label line and the line its name wrapped onto). */
export function snippetOfLines(doc: DocumentText, first: number, last = first, separator = ""): string {
  const text = doc.lines.slice(first, last + 1).join(separator);
  return text.length <= MAX_LINES_SNIPPET ? text : `${text.slice(0, MAX_LINES_SNIPPET)}…`;
}

/** The text of `flow` from the start of the sentence holding `index` up to `index`, newlines removed. */
export function sentenceBefore(doc: DocumentText, index: number, max = 40): string {
  const before = doc.flow.slice(Math.max(0, index - max), index);
  const cut = Math.max(before.lastIndexOf("。"), before.lastIndexOf("；"), before.lastIndexOf(";"));
  return before.slice(cut + 1).replace(/\n/g, "");
}

/** The sentence holding position `index` of `flow`: from the previous 。/；up to the next, newlines removed. */
export function sentenceAround(doc: DocumentText, index: number, max = 160): string {
  const before = sentenceBefore(doc, index, max);
  const after = doc.flow.slice(index, index + max);
  const end = after.search(/[。；;]/);
  return before + (end >= 0 ? after.slice(0, end + 1) : after).replace(/\n/g, "");
}
