/** Calendar arithmetic on ISO dates ('YYYY-MM-DD') in local time. */
import { isBankHoliday } from './bank-holidays.js';

function parse(iso: string): Date | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day);
}

function toIso(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * Counts the working days after `fromIso` up to and including `today`:
 * weekdays that are not England and Wales bank holidays. A council in
 * Scotland or Northern Ireland would replace the `tooLateToReport` guard.
 */
export function workingDaysSince(fromIso: unknown, today = new Date()): number {
  const from = typeof fromIso === 'string' ? parse(fromIso) : undefined;
  if (!from) return Number.NaN;
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  let count = 0;
  for (const day = new Date(from); day < end; ) {
    day.setDate(day.getDate() + 1);
    const weekday = day.getDay();
    if (weekday !== 0 && weekday !== 6 && !isBankHoliday(toIso(day))) count += 1;
  }
  return count;
}

/** Returns the first collection day after today on the same cycle as `collectedIso`. */
export function nextCollectionAfter(
  collectedIso: unknown,
  intervalDays: number,
  today = new Date(),
): string | undefined {
  const date = typeof collectedIso === 'string' ? parse(collectedIso) : undefined;
  if (!date || intervalDays < 1) return undefined;
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  while (date <= end) date.setDate(date.getDate() + intervalDays);
  return toIso(date);
}
