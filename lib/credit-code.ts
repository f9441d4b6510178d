/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters,
 * the last being a mod-31 check character.
 */

import { toHalfWidth } from "./half-width";

/** The 31 characters a credit code may use: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// 3^i mod 31 for the first 17 positions, as listed in the standard.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Computes the check character for the first 17 characters of a credit code,
 * or returns null if `body` is not 17 characters from the charset.
 */
export function creditCodeCheckChar(body: string): string | null {
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(body[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * True if `code` is exactly 18 charset characters whose last one is the
 * correct check character. The input is taken as is; pass user input through
 * {@link normalizeCreditCode} first.
 */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/**
 * Cleans typed input: full-width ASCII and the ideographic space become
 * half-width, surrounding whitespace is trimmed and letters are uppercased.
 * Does not validate.
 */
export function normalizeCreditCode(s: string): string {
  return toHalfWidth(s).trim().toUpperCase();
}
