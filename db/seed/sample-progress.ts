import type { AgreementStatus, ValueKind } from "@/lib/domain/enums";
import type { CategoryKey } from "./categories";
import { PROGRESS_NOTES } from "./sample-agreement-templates";
import { FEN_PER_WAN, addDays, daysBetween, fenToDecimal, int, type Rng } from "./sample-util";

export interface SampleProgress {
  occurredOn: string;
  note: string;
  deliveredValue: string | null;
}

interface ProgressSubject {
  category: CategoryKey;
  status: AgreementStatus;
  signedOn: string | null;
  termEnd: string | null;
  valueFen: bigint | null;
  valueKind: ValueKind;
}

/**
 * Dated notes for about a third of the agreements under way and all completed ones.
 * Delivered amounts are whole 万元 except a completed binding contract's last
 * payment, which settles the exact remainder, so no total ever exceeds its agreement.
 */
export function sampleProgress(rng: Rng, a: ProgressSubject, asOf: string): SampleProgress[] {
  const chosen = a.status === "completed" || (a.status === "in_execution" && rng() < 0.3);
  if (!chosen || !a.signedOn) return [];
  const end = a.status === "completed" && a.termEnd && a.termEnd < asOf ? a.termEnd : asOf;
  const span = daysBetween(a.signedOn, end);
  if (span < 2) return [];
  const n = Math.max(1, Math.min(1 + int(rng, 3), Math.floor(span / 30)));
  const notes = PROGRESS_NOTES[a.category];
  const dates = Array.from({ length: n }, (_, i) => {
    const step = Math.floor(span / (n + 1));
    return addDays(a.signedOn!, Math.max(1, step * (i + 1) - int(rng, Math.min(10, step))));
  });
  const noteOnlyFirst = n > 1 && rng() < 0.4;
  const valued = a.valueFen === null ? 0 : noteOnlyFirst ? n - 1 : n;
  const amounts = splitDelivered(rng, a, valued);
  return dates.map((occurredOn, i) => {
    const k = i - (n - valued);
    const list = k >= 0 ? notes.delivery : notes.milestone;
    const done = i === n - 1 && a.status === "completed";
    const item = list[(k >= 0 ? k : i) % list.length];
    const note = done ? `${item}，协议约定事项全部完成` : item;
    return { occurredOn, note, deliveredValue: k >= 0 ? fenToDecimal(amounts[k]) : null };
  });
}

function splitDelivered(rng: Rng, a: ProgressSubject, parts: number): bigint[] {
  if (!a.valueFen || parts === 0) return [];
  const settled = a.status === "completed" && a.valueKind === "binding";
  const percent = BigInt(settled ? 100 : a.status === "completed" ? 60 + int(rng, 36) : 10 + int(rng, 61));
  let total = (a.valueFen * percent) / 100n;
  if (!settled) total = (total / FEN_PER_WAN) * FEN_PER_WAN;
  const shares = Array.from({ length: parts }, () => BigInt(1 + int(rng, 4)));
  const sumShares = shares.reduce((s, x) => s + x, 0n);
  const out = shares.map((share) => ((total * share) / sumShares / FEN_PER_WAN) * FEN_PER_WAN);
  out[parts - 1] = total - out.slice(0, -1).reduce((s, x) => s + x, 0n);
  return out;
}
