/**
 * Money helpers. Amounts are stored as numeric(16,2) yuan and travel as exact
 * decimal strings; all arithmetic here is BigInt fen so nothing passes through
 * a float.
 */

/** Locales that money formatting supports. */
export type MoneyLocale = "zh-CN" | "zh-TW" | "en";

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses an exact decimal yuan string ("123", "123.4", "-5.00") into fen.
 * @throws {SyntaxError} on malformed input or more than two decimals.
 */
export function toFen(decimal: string): bigint {
  const m = DECIMAL_RE.exec(decimal);
  if (!m) {
    throw new SyntaxError(`Not an exact yuan amount with at most 2 decimals: ${JSON.stringify(decimal)}`);
  }
  const [, sign, int, frac = ""] = m;
  const fen = BigInt(int) * 100n + BigInt(frac.padEnd(2, "0"));
  return sign ? -fen : fen;
}

/** Renders fen as a decimal yuan string with exactly two decimals, e.g. "32560000000.00". */
export function fenToDecimal(fen: bigint): string {
  const abs = fen < 0n ? -fen : fen;
  const frac = (abs % 100n).toString().padStart(2, "0");
  return `${fen < 0n ? "-" : ""}${abs / 100n}.${frac}`;
}

function toNonNegativeFen(value: string | bigint): bigint {
  const fen = typeof value === "bigint" ? value : toFen(value);
  if (fen < 0n) throw new RangeError(`Negative amounts cannot be formatted: ${String(value)}`);
  return fen;
}

function groupThousands(int: bigint): string {
  return int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats hundredths of a unit as "int[.d[d]]" with trailing zeros trimmed. */
function formatHundredths(h: bigint, grouped: boolean): string {
  const int = h / 100n;
  const frac = (h % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  const intText = grouped ? groupThousands(int) : int.toString();
  return frac ? `${intText}.${frac}` : intText;
}

/** A display unit: its size in fen and the suffix shown after the figure. */
type Unit = readonly [fen: bigint, suffix: string];

// Largest first; the last entry is plain yuan.
const UNITS: Record<MoneyLocale, readonly Unit[]> = {
  "zh-CN": [[10n ** 14n, "万亿元"], [10n ** 10n, "亿元"], [10n ** 6n, "万元"], [100n, "元"]],
  "zh-TW": [[10n ** 14n, "萬億元"], [10n ** 10n, "億元"], [10n ** 6n, "萬元"], [100n, "元"]],
  en: [[10n ** 14n, " tn"], [10n ** 11n, " bn"], [10n ** 8n, " m"], [100n, ""]],
};

/**
 * Human-scale amount: "325.6亿元" / "325.6億元" / "CNY 32.56 bn". At most two
 * decimals in the chosen unit (half-up), trailing zeros trimmed; a value that
 * rounds up to the next unit is shown in that unit ("1亿元", not "10000万元").
 * Below 1万 (zh) / 1 million (en) the exact yuan figure is shown, grouped.
 * @param value decimal yuan string or fen bigint.
 * @throws {RangeError} for negative values; {SyntaxError} for malformed strings.
 */
export function formatAmount(value: string | bigint, locale: MoneyLocale): string {
  const fen = toNonNegativeFen(value);
  const units = UNITS[locale];
  const plain = units.length - 1;
  let i = units.findIndex(([unitFen]) => fen >= unitFen);
  if (i < 0) i = plain;
  let h = roundedHundredths(fen, units[i][0]);
  // Rounding can reach 1 of the next unit up (e.g. 9999.9999万 → 10000.00万).
  if (i > 0 && h >= (units[i - 1][0] / units[i][0]) * 100n) {
    i -= 1;
    h = roundedHundredths(fen, units[i][0]);
  }
  // Chinese 万/亿 figures stay ungrouped; English and plain yuan are grouped.
  const figure = formatHundredths(h, locale === "en" || i === plain);
  return locale === "en" ? `CNY ${figure}${units[i][1]}` : `${figure}${units[i][1]}`;
}

/** fen / unitFen in hundredths of the unit, rounded half-up. */
function roundedHundredths(fen: bigint, unitFen: bigint): bigint {
  return (fen * 200n + unitFen) / (unitFen * 2n);
}

/**
 * Full exact figure for tooltips and table cells: "32,560,000,000.00元" or
 * "CNY 32,560,000,000.00".
 * @param value decimal yuan string or fen bigint.
 * @throws {RangeError} for negative values; {SyntaxError} for malformed strings.
 */
export function formatAmountExact(value: string | bigint, locale: MoneyLocale): string {
  const fen = toNonNegativeFen(value);
  const text = `${groupThousands(fen / 100n)}.${(fen % 100n).toString().padStart(2, "0")}`;
  return locale === "en" ? `CNY ${text}` : `${text}元`;
}

/** Exact yuan as 亿元 with two decimals and no unit ("325.68"), for the tables executives send upward. */
export function toYiString(value: string | bigint): string {
  const fen = typeof value === "bigint" ? value : toFen(value);
  if (fen < 0n) throw new RangeError("negative amount");
  const hundredths = (fen + 50_000_000n) / 100_000_000n; // 1亿元 = 10^10 fen; two decimals = 10^8 fen each
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
}

/**
 * The figure in the summary table's value column, without its unit: 亿元 with two decimals in Chinese,
 * CNY bn with three in English ("325.68" / "32.568"), the same precision (1 million yuan) either way.
 */
export function toSummaryFigure(value: string | bigint, locale: MoneyLocale): string {
  if (locale !== "en") return toYiString(value);
  const fen = typeof value === "bigint" ? value : toFen(value);
  if (fen < 0n) throw new RangeError("negative amount");
  const millions = (fen + 50_000_000n) / 100_000_000n;
  return `${millions / 1000n}.${String(millions % 1000n).padStart(3, "0")}`;
}
