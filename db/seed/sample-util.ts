/** mulberry32: a tiny seeded PRNG, so every run produces byte-identical sample data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)];

export function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rng, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `{ a: 2, b: 1 }` → `["a", "a", "b"]`. */
export function expand<K extends string>(counts: Partial<Record<K, number>>): K[] {
  return (Object.entries(counts) as [K, number][]).flatMap(([k, n]) => Array<K>(n).fill(k));
}

// Dates are calendar days (ISO yyyy-mm-dd); UTC arithmetic keeps them free of the host's zone.
const toUtc = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export const addDays = (iso: string, days: number): string => fromUtc(toUtc(iso) + days * DAY);
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY);

/** The day before the same date `months` later: a 12-month term from 2025-07-10 ends 2026-07-09. */
export function termEnd(start: string, months: number): string {
  const d = new Date(toUtc(start));
  d.setUTCMonth(d.getUTCMonth() + months);
  return fromUtc(d.getTime() - DAY);
}

export const FEN_PER_WAN = 1_000_000n;

/** Fen (integer) → the numeric(16,2) literal the database stores, e.g. 150000n → "1500.00". */
export function fenToDecimal(fen: bigint): string {
  if (fen < 0n) throw new Error("negative amount in sample data");
  return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
}
