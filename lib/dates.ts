/** Today's date in Asia/Shanghai as YYYY-MM-DD: the registry's calendar, whatever the viewer's time zone. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The number of a month's last day (28–31); `month` counts from 1. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar day one year earlier (29 Feb → 28 Feb), for 同比 comparisons. */
export function shiftYear(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const year = y + years;
  const last = lastDayOfMonth(year, m);
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * The end of a period shifted by whole years: like shiftYear, except that a month's
 * last day stays its last day (28 Feb 2025 → 29 Feb 2024), so a 同比 period ending
 * with February still covers all of last year's February.
 */
export function shiftYearEnd(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  if (d !== lastDayOfMonth(y, m)) return shiftYear(date, years);
  return `${y + years}-${String(m).padStart(2, "0")}-${String(lastDayOfMonth(y + years, m)).padStart(2, "0")}`;
}

/**
 * The period just before [from, to] (inclusive), for 环比 comparisons: whole
 * months step back by whole months (all of 2025 → all of 2024), other ranges by
 * their length in days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (fd === 1 && td === lastDayOfMonth(ty, tm)) {
    const months = (ty - fy) * 12 + (tm - fm) + 1;
    const start = Date.UTC(fy, fm - 1 - months, 1);
    return { from: iso(start), to: iso(Date.UTC(fy, fm - 1, 1) - 86_400_000) };
  }
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const length = Date.parse(`${to}T00:00:00Z`) - start + day;
  return { from: iso(start - length), to: iso(start - day) };
}
