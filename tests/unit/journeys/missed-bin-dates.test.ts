import { describe, expect, it } from 'vitest';
import { bankHolidaysOf } from '../../../journeys/missed-bin/bank-holidays.js';
import { nextCollectionAfter, workingDaysSince } from '../../../journeys/missed-bin/dates.js';

// 4 December 2026 is a Friday.
const friday = new Date(2026, 11, 4);
const monday = new Date(2026, 11, 7);

describe('workingDaysSince', () => {
  it.each([
    ['2026-12-04', friday, 0],
    ['2026-12-03', friday, 1],
    ['2026-12-01', friday, 3],
    ['2026-12-04', monday, 1],
    ['2026-12-03', monday, 2],
    ['2026-11-27', friday, 5],
  ])('from %s to %s is %d', (from, today, expected) => {
    expect(workingDaysSince(from, today)).toBe(expected);
  });

  it.each([
    ['2026-12-24', new Date(2026, 11, 29), 1],
    ['2026-04-02', new Date(2026, 3, 7), 1],
    ['2027-12-24', new Date(2028, 0, 4), 4],
  ])('skips bank holidays from %s to %s', (from, today, expected) => {
    expect(workingDaysSince(from, today)).toBe(expected);
  });

  it('is not a number without a date', () => {
    expect(workingDaysSince('not a date', friday)).toBeNaN();
  });
});

describe('nextCollectionAfter', () => {
  it.each([
    ['2026-12-01', 7, '2026-12-08'],
    ['2026-11-20', 7, '2026-12-11'],
    ['2026-11-20', 14, '2026-12-18'],
    ['2026-12-04', 7, '2026-12-11'],
  ])('after %s every %d days is %s', (collected, interval, expected) => {
    expect(nextCollectionAfter(collected, interval, friday)).toBe(expected);
  });
});

// England and Wales bank holidays of those years, including the one-off changes of 2022.
describe('bankHolidaysOf', () => {
  it.each([
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2024, ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('lists %i', (year, expected) => {
    expect([...bankHolidaysOf(year)].sort()).toEqual(expected);
  });
});
