import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | null = null;

/**
 * True for a password anyone would try first: one of the ~49,000 in zxcvbn-ts's
 * common-password list (case-insensitive), or one made of fewer than four
 * different characters ("aaaaaaaaaaaa", "abababababab"). Server-only: the list
 * is too large for the browser.
 */
export function isCommonPassword(plain: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return new Set(plain).size < 4 || common.has(plain.toLowerCase());
}
