import type { RollupItem } from "@/lib/domain/rollups";

const ZERO = { count: 0, signedValue: "0.00", deliveredValue: "0.00", bindingValue: "0.00", intendedValue: "0.00" };

/**
 * The by-month rollup with the months between its first and last month that had
 * no signing added as zero rows, so the line chart's axis is a real calendar and
 * never joins 2024-03 to 2024-07 as if they were neighbours.
 */
export function withEmptyMonths(items: RollupItem[]): RollupItem[] {
  if (items.length < 2) return items;
  const byKey = new Map(items.map((i) => [i.key, i]));
  const [y0, m0] = items[0].key.split("-").map(Number);
  const [y1, m1] = items[items.length - 1].key.split("-").map(Number);
  const out: RollupItem[] = [];
  for (let n = y0 * 12 + m0 - 1; n <= y1 * 12 + m1 - 1; n++) {
    const key = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
    out.push(byKey.get(key) ?? { key, ...ZERO });
  }
  return out;
}
