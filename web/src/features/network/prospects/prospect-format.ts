/** Today in Japan, "YYYY-MM-DD", whatever the browser's time zone. */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}
