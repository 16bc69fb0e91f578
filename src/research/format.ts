const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Formats a time in milliseconds since the Unix epoch as UK time, such as "14 Jun 2025, 14:03:05". */
export function formatTime(at: number): string {
  return timeFormat.format(new Date(at));
}

/**
 * Formats a duration in milliseconds for people: "0.4 s" and "12.3 s" under a
 * minute, "4 min 5 s" under an hour, then "1 h 2 min".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 60) return `${tenths} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    return `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  return `${Math.floor(totalMinutes / 60)} h ${totalMinutes % 60} min`;
}

/** Formats milliseconds as seconds with up to 3 decimals, for data tables. */
export function formatSeconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}
