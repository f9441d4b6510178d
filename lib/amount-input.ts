/**
 * Parses amounts as staff type them ("3.5亿", "３５００万", "35,000,000",
 * "¥1234.56") into an exact decimal yuan string. String/BigInt only.
 */
import { toHalfWidth } from "./half-width";
import { fenToDecimal, toFen } from "./money";

/** Why an amount input was refused. */
export type AmountInputError = "empty" | "invalid" | "negative" | "tooManyDecimals" | "tooLarge";

/** Result of {@link parseAmountInput}: a "350000000.00"-style decimal, or the reason for refusal. */
export type AmountInputResult = { ok: true; decimal: string } | { ok: false; error: AmountInputError };

/** Largest accepted amount: 10万亿 yuan, in fen. */
export const MAX_AMOUNT_FEN = 10n ** 15n;

// Power of ten (in yuan) for each unit suffix; mixed-script 万億/萬亿 are tolerated.
const UNIT_EXPONENTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/[万萬][亿億]$/, 12],
  [/[亿億]$/, 8],
  [/[万萬]$/, 4],
];

// Either ungrouped digits or comma groups of exactly three after a 1–3 digit lead.
const NUMBER_RE = /^(\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * Parses a typed amount. Accepts an optional leading "¥"/"￥"/"CNY", a number
 * with optional sane thousands separators and decimals, an optional unit
 * (万/萬 1e4, 亿/億 1e8, 万亿/萬億 1e12) and an optional trailing 元, with
 * whitespace between the parts. The result must have at most two decimals in
 * yuan and be at most 10万亿; negatives are refused.
 */
export function parseAmountInput(raw: string): AmountInputResult {
  let s = toHalfWidth(raw).toUpperCase().trim();
  if (s === "") return fail("empty");

  // Sign and currency may come in either order ("-¥5", "¥-5"), each at most once.
  let negative = false;
  let currency = false;
  for (;;) {
    if (!negative && s.startsWith("-")) {
      negative = true;
      s = s.slice(1).trimStart();
    } else if (!currency && /^(?:¥|￥|CNY)/.test(s)) {
      currency = true;
      s = s.replace(/^(?:¥|￥|CNY)/, "").trimStart();
    } else {
      break;
    }
  }

  s = s.replace(/元$/, "").trimEnd();
  let exponent = 0;
  for (const [re, exp] of UNIT_EXPONENTS) {
    if (re.test(s)) {
      exponent = exp;
      s = s.replace(re, "").trimEnd();
      break;
    }
  }

  const m = NUMBER_RE.exec(s);
  if (!m) return fail("invalid");
  if (negative) return fail("negative");

  const [, intPart, frac = ""] = m;
  const digits = BigInt(intPart.replace(/,/g, "") + frac);
  // fen = digits × 10^(exponent + 2 − frac.length); a negative shift must drop only zeros.
  const shift = exponent + 2 - frac.length;
  let fen: bigint;
  if (shift >= 0) {
    fen = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    if (digits % divisor !== 0n) return fail("tooManyDecimals");
    fen = digits / divisor;
  }

  if (fen > MAX_AMOUNT_FEN) return fail("tooLarge");
  return { ok: true, decimal: fenToDecimal(fen) };
}

function fail(error: AmountInputError): AmountInputResult {
  return { ok: false, error };
}

/**
 * A stored amount written the way staff type it, for an edit form: "350000000.00" → "3.5亿",
 * "12345678.00" → "1234.5678万", "1234.50" → "1234.5". The largest unit whose figure needs at
 * most four decimals is used, so {@link parseAmountInput} reads it back to the same amount.
 * 繁體 writes 億/萬, which the parser reads too.
 */
export function formatAmountInput(decimal: string, locale: string): string {
  const fen = toFen(decimal);
  const units: [bigint, string][] = locale === "zh-TW" ? [[10n ** 10n, "億"], [10n ** 6n, "萬"]] : [[10n ** 10n, "亿"], [10n ** 6n, "万"]];
  for (const [unitFen, suffix] of units) {
    // Four decimals of the unit: the remainder must be a whole multiple of unitFen / 10^4.
    if (fen >= unitFen && fen % (unitFen / 10_000n) === 0n) return `${trimmed(fen, unitFen, 4)}${suffix}`;
  }
  return trimmed(fen, 100n, 2);
}

/** fen / unitFen as a decimal with at most `places` decimals (exact by the caller's check), trailing zeros trimmed. */
function trimmed(fen: bigint, unitFen: bigint, places: number): string {
  const scaled = (fen * 10n ** BigInt(places)) / unitFen;
  const int = scaled / 10n ** BigInt(places);
  const frac = (scaled % 10n ** BigInt(places)).toString().padStart(places, "0").replace(/0+$/, "");
  return frac ? `${int}.${frac}` : `${int}`;
}
