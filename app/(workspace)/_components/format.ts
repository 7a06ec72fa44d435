const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "16 Mar 2025, 14:05 UTC" from an ISO timestamp. Times are shown in UTC, and say so. */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

/** "16 Mar 2025" from a YYYY-MM-DD calendar date. */
export function formatCalendarDate(day: string): string {
  return dateOnly.format(new Date(`${day}T00:00:00Z`));
}
