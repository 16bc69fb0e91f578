/**
 * Bank holidays in England and Wales, worked out from the usual rules. They
 * are New Year's Day, Good Friday, Easter Monday, the first and last Mondays
 * of May, the last Monday of August, Christmas Day and Boxing Day. When New
 * Year's Day, Christmas Day or Boxing Day falls at a weekend, a weekday after
 * it is the holiday instead.
 *
 * NOTE: one-off changes are listed up to 2023. A holiday that is moved or
 * added later must be added to ONE_OFF_CHANGES.
 */

interface YearChanges {
  removed: string[];
  added: string[];
}

// Royal occasions and anniversaries that moved or added a bank holiday.
const ONE_OFF_CHANGES: Record<number, YearChanges> = {
  2011: { removed: [], added: ['2011-04-29'] },
  2012: { removed: ['2012-05-28'], added: ['2012-06-04', '2012-06-05'] },
  2020: { removed: ['2020-05-04'], added: ['2020-05-08'] },
  2022: { removed: ['2022-05-30'], added: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { removed: [], added: ['2023-05-08'] },
};

const holidaysByYear = new Map<number, ReadonlySet<string>>();

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Returns the day of the week, 0 for Sunday to 6 for Saturday. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Returns the month and day of Easter Sunday in the Gregorian calendar (the Meeus/Jones/Butcher method). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Returns the day of the month of the first Monday of a month. */
function firstMonday(year: number, month: number): number {
  return 1 + ((8 - weekdayOf(year, month, 1)) % 7);
}

/** Returns the day of the month of the last Monday of a 31-day month. */
function lastMonday(year: number, month: number): number {
  return 31 - ((weekdayOf(year, month, 31) + 6) % 7);
}

function addDays(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Returns Christmas Day and Boxing Day, or the weekdays that replace them. */
function christmasHolidays(year: number): string[] {
  const weekday = weekdayOf(year, 12, 25);
  // Friday: Boxing Day is a Saturday. Saturday or Sunday: both move past the weekend.
  const substitutes: Record<number, [number, number]> = { 5: [25, 28], 6: [27, 28], 0: [26, 27] };
  const [christmas, boxingDay] = substitutes[weekday] ?? [25, 26];
  return [isoOf(year, 12, christmas), isoOf(year, 12, boxingDay)];
}

function computeBankHolidays(year: number): ReadonlySet<string> {
  // A Saturday or Sunday New Year's Day moves to the Monday after it.
  const newYearDay = { 6: 3, 0: 2 }[weekdayOf(year, 1, 1)] ?? 1;
  const easter = easterSunday(year);

  const dates = new Set([
    isoOf(year, 1, newYearDay),
    addDays(year, easter.month, easter.day, -2),
    addDays(year, easter.month, easter.day, 1),
    isoOf(year, 5, firstMonday(year, 5)),
    isoOf(year, 5, lastMonday(year, 5)),
    isoOf(year, 8, lastMonday(year, 8)),
    ...christmasHolidays(year),
  ]);
  const changes = ONE_OFF_CHANGES[year];
  for (const date of changes?.removed ?? []) dates.delete(date);
  for (const date of changes?.added ?? []) dates.add(date);
  return dates;
}

/** Returns the England and Wales bank holidays of a year as ISO dates such as '2026-12-28'. */
export function bankHolidaysOf(year: number): ReadonlySet<string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = computeBankHolidays(year);
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** Returns true when an ISO date such as '2026-12-28' is an England and Wales bank holiday. */
export function isBankHoliday(iso: string): boolean {
  return bankHolidaysOf(Number(iso.slice(0, 4))).has(iso);
}
