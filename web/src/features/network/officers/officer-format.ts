/** Today in Japan, "YYYY-MM-DD": the board's default day. */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}
