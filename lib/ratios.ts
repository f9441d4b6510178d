import { toFen } from "./money";

const asBig = (v: string | bigint | number) => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : toFen(v));

/** Rounds a ratio of exact integers to one decimal, half away from zero. */
function tenths(numerator: bigint, denominator: bigint): bigint {
  const scaled = numerator * 1000n;
  const half = denominator / 2n;
  return scaled >= 0n ? (scaled + half) / denominator : -((-scaled + half) / denominator);
}

function show(t: bigint): string {
  const sign = t < 0n ? "-" : "";
  const abs = t < 0n ? -t : t;
  return `${sign}${abs / 10n}.${abs % 10n}%`;
}

/** Share of a total (占比) in per cent with one decimal, on exact fen or counts: "12.3%". */
export function sharePercent(part: string | bigint | number, total: string | bigint | number): string {
  const t = asBig(total);
  return t === 0n ? "0.0%" : show(tenths(asBig(part), t));
}

/** Change against a comparison figure (同比/环比): "+12.3%", "-4.0%", or null when there is nothing to compare with. */
export function changePercent(current: string | bigint | number, previous: string | bigint | number): string | null {
  const p = asBig(previous);
  if (p === 0n) return null;
  const t = tenths(asBig(current) - p, p);
  return t > 0n ? `+${show(t)}` : show(t);
}
