import { describe, expect, it } from 'vitest';
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
