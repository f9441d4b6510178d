/**
 * Dates as Chinese agreements write them: 2025年7月10日, 二〇二五年七月十日,
 * 2025-07-10, 2025.7.10, 2025/7/10. Found in running text and turned into
 * ISO dates; impossible calendar dates are skipped. Pure.
 */
import { lastDayOfMonth } from "@/lib/dates";

export interface DateMatch {
  iso: string;
  /** Where the date starts in the searched text, and how long it is there. */
  index: number;
  length: number;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, "○": 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const ARABIC = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const SEPARATED = String.raw`(?<!\d)(\d{4})(?<sep>[-./])(\d{1,2})\k<sep>(\d{1,2})(?!\d)`;
const CN_YEAR = "[〇○零一二三四五六七八九]{4}";
const CN_SMALL = "[一二三四五六七八九十]{1,3}";
const CHINESE = `(${CN_YEAR})\\s*年\\s*(${CN_SMALL}|元)\\s*月\\s*(${CN_SMALL})\\s*日`;
const DATE_SOURCE = `${ARABIC}|${SEPARATED}|${CHINESE}`;

/** 一 … 三十一 as a number; null when it is not one. */
function chineseSmall(s: string): number | null {
  if (s === "元") return 1;
  const m = /^(?:([二三])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  const [, tens, ten, ones] = m;
  return (ten ? (tens ? CN_DIGIT[tens] : 1) * 10 : 0) + (ones ? CN_DIGIT[ones] : 0) || null;
}

/** YYYY-MM-DD for a real calendar date in 1900–2099, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Every date in `text`, in order. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(new RegExp(DATE_SOURCE, "g"))) {
    let iso: string | null;
    if (m[1]) iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) iso = isoDate(Number(m[4]), Number(m[6]), Number(m[7]));
    else {
      const year = Number([...m[8]].map((c) => CN_DIGIT[c]).join(""));
      const month = chineseSmall(m[9]);
      const day = chineseSmall(m[10]);
      iso = month && day ? isoDate(year, month, day) : null;
    }
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

/** The date `years` years and `months` months after `iso`, less one day: the last day of a term that starts on `iso`. */
export function termEndAfter(iso: string, years: number, months = 0): string {
  const [y, m, d] = iso.split("-").map(Number);
  const totalMonths = m - 1 + months + years * 12;
  const targetYear = y + Math.floor(totalMonths / 12);
  const targetMonth = totalMonths % 12;
  // The same day of the month, or the month's last day when it has no such day (29 Feb → 28 Feb).
  const lastDay = lastDayOfMonth(targetYear, targetMonth + 1);
  const end = new Date(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
