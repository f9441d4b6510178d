/**
 * 甲方 / 乙方 / 丙方 and their names: from label lines (甲方：…, 甲方（盖章）：…,
 * half- or full-width colons, a name wrapped onto the next line) and from the
 * preamble form …公司（以下简称“甲方”）. The first plausible name per role
 * wins; the signature block repeats the labels, usually without names. Pure.
 */
import { isValidCreditCode } from "../../credit-code";
import { toHalfWidth } from "../../half-width";
import { PARTY_ROLES, type PartyRole } from "../party-roles";
import { snippetOfLines, type DocumentText, type Found } from "./document-text";

export interface FoundParty {
  role: PartyRole;
  name: string;
  /** A valid 统一社会信用代码 printed in the party's block, if any. */
  creditCode?: string;
}

const LABEL = /([甲乙丙])\s*方\s*(?:[（(][^（()）]{0,12}[)）])?\s*[：:]/g;
const HAS_LABEL = new RegExp(LABEL.source);
/** A label alone on its line, no colon: a Word table's label cell ("甲方" | name). Its name is the next line. */
const BARE_LABEL = /^([甲乙丙])\s*方\s*(?:[（(][^（()）]{0,12}[)）])?$/;
const ORG_SUFFIX =
  /(?:公司|银行|分行|支行|大学|学院|学校|研究院|研究所|科学院|中心|局|委员会|管委会|协会|学会|联合会|集团|商会|基金会|医院|事务所|交易所|实验室|政府|办公室|厅|合伙企业|[（(]有限合伙[)）])$/;
const BRANCH_SUFFIX = /(?:分行|支行|分公司|分院|分中心|分所)$/;
/** Other fields that share a line with a name in two-column layouts. */
const FIELD_LABEL = /(?:住所|地址|法定代表人|负责人|联系人|联系电话|电话|统一社会信用代码|信用代码|邮编|授权代表|签字|日期|签订日期)\s*[：:].*$/;
/** How a clause about a party, not its name, starts: 甲方：负责提供… */
const CLAUSE_START = /^(?:负责|应当|应|提供|承担|有权|享有|协助|配合|按照|根据|在|将|为|向|对|同意|保证|确保|可以|不得)/;
const PREAMBLE = /([^，,。；;：:\n由与及]{2,60}?)\s*[（(]\s*(?:以下|下文)?\s*(?:简称|称)\s*[：:]?\s*[“"「『]?\s*([甲乙丙])\s*方\s*[”"」』]?\s*[)）]/g;
const CREDIT_CODE = /[0-9A-HJ-NP-RTUWXY]{18}/g;

/** A name as written, without what may follow it on its line. */
export function cleanPartyName(raw: string): string {
  return raw
    .replace(/[（(]\s*(?:以下|下文)?\s*(?:简称|称)[^）)]*[)）].*$/, "")
    .replace(FIELD_LABEL, "")
    .replace(/[，,。；;].*$/, "")
    .replace(/[（(]\s*(?:盖章|公章|签章|签字|章|签字盖章)\s*[)）]$/, "")
    .replace(/^(?:鉴于|本协议|双方|[甲乙丙]方)(?:为|是)?/, "")
    .replace(/^[“"「『\s]+|[”"」』_＿\s]+$/g, "")
    .trim();
}

function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (ORG_SUFFIX.test(name)) return true;
  return name.length <= 15 && !/[，。；、：:]/.test(name) && !CLAUSE_START.test(name) && !/\d{4}\s*年|月\s*\d|^\d/.test(name);
}

/** The name on a label line, with the next line joined when it carries the rest of the name. */
function nameFromLabel(doc: DocumentText, lineIndex: number, text: string): { name: string; lastLine: number } {
  const name = cleanPartyName(text);
  const next = doc.lines[lineIndex + 1];
  const nextIsPlain = next !== undefined && !/[：:]/.test(next) && !HAS_LABEL.test(next) && !BARE_LABEL.test(next) && next.length <= 30;
  if (nextIsPlain) {
    const joined = cleanPartyName(name + next);
    if (name === "" && ORG_SUFFIX.test(joined)) return { name: joined, lastLine: lineIndex + 1 };
    if (name && !ORG_SUFFIX.test(name) && ORG_SUFFIX.test(joined)) return { name: joined, lastLine: lineIndex + 1 };
    if (name && ORG_SUFFIX.test(name) && BRANCH_SUFFIX.test(joined) && next.length <= 12) return { name: joined, lastLine: lineIndex + 1 };
  }
  return { name, lastLine: lineIndex };
}

/** A valid credit code printed in lines first..last (the party's block). */
function creditCodeIn(doc: DocumentText, first: number, last: number): string | undefined {
  for (let i = first; i <= last; i++) {
    for (const m of toHalfWidth(doc.lines[i]).toUpperCase().matchAll(CREDIT_CODE)) {
      if (isValidCreditCode(m[0])) return m[0];
    }
  }
  return undefined;
}

interface Candidate {
  role: PartyRole;
  name: string;
  /** Position in the document, for "first one wins". */
  at: number;
  source: string;
  block: [number, number];
}

/** The labels on a line: 甲方：… (several per line in two-column layouts), or a bare 甲方 cell. */
function labelsOn(line: string): { role: string; index: number; end: number }[] {
  const bare = BARE_LABEL.exec(line);
  if (bare) return [{ role: bare[1], index: 0, end: line.length }];
  return [...line.matchAll(LABEL)].map((m) => ({ role: m[1], index: m.index, end: m.index + m[0].length }));
}

function labelCandidates(doc: DocumentText): Candidate[] {
  const labelLines = doc.lines.map((line, i) => (labelsOn(line).length ? i : -1)).filter((i) => i >= 0);
  const out: Candidate[] = [];
  labelLines.forEach((i, k) => {
    const line = doc.lines[i];
    const labels = labelsOn(line);
    labels.forEach((m, j) => {
      const end = j + 1 < labels.length ? labels[j + 1].index : line.length;
      const { name, lastLine } = nameFromLabel(doc, i, line.slice(m.end, end));
      const blockEnd = Math.min(k + 1 < labelLines.length ? labelLines[k + 1] - 1 : doc.lines.length - 1, i + 6);
      // A bare label and its name come from two table cells: keep them apart in the snippet.
      const source = snippetOfLines(doc, i, lastLine, BARE_LABEL.test(line) ? " " : "");
      out.push({ role: `${m.role}方` as PartyRole, name, at: doc.starts[i] + m.index, source, block: [i, blockEnd] });
    });
  });
  return out;
}

function preambleCandidates(doc: DocumentText): Candidate[] {
  return [...doc.flow.matchAll(PREAMBLE)].map((m) => {
    const line = doc.starts.findLastIndex((s) => s <= m.index);
    return {
      role: `${m[2]}方` as PartyRole,
      name: cleanPartyName(m[1].replace(/\n/g, "")),
      at: m.index,
      source: m[0].replace(/\n/g, "").trim(),
      // Both parties share the preamble's lines: a code there cannot be told apart.
      block: [line, line - 1],
    };
  });
}

/** The parties named in the document, in 甲乙丙 order. */
export function findParties(doc: DocumentText): Found<FoundParty>[] {
  const candidates = [...labelCandidates(doc), ...preambleCandidates(doc)].sort((a, b) => a.at - b.at);
  const found: Found<FoundParty>[] = [];
  for (const role of PARTY_ROLES) {
    const c = candidates.find((x) => x.role === role && plausibleName(x.name));
    if (!c) continue;
    const creditCode = creditCodeIn(doc, c.block[0], c.block[1]);
    found.push({ value: { role, name: c.name, ...(creditCode ? { creditCode } : {}) }, source: c.source });
  }
  return found;
}
