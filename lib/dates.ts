/** Today's date in Asia/Shanghai as YYYY-MM-DD: the registry's calendar, whatever the viewer's time zone. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
