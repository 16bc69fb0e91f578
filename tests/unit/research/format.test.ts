import { describe, expect, it } from 'vitest';
import { formatDuration, formatSeconds, formatTime } from '../../../src/research/format.js';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [420, '0.4 s'],
    [12_340, '12.3 s'],
    [59_940, '59.9 s'],
    [59_960, '1 min 0 s'],
    [65_000, '1 min 5 s'],
    [3_599_000, '59 min 59 s'],
    [3_720_000, '1 h 2 min'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('returns nothing for NaN', () => {
    expect(formatDuration(Number.NaN)).toBe('');
  });
});

describe('formatSeconds', () => {
  it('keeps milliseconds', () => {
    expect(formatSeconds(15_000)).toBe('15');
    expect(formatSeconds(1_234)).toBe('1.234');
  });
});

describe('formatTime', () => {
  it('shows UK time', () => {
    expect(formatTime(Date.UTC(2025, 5, 14, 9, 0, 5))).toBe('14 Jun 2025, 10:00:05');
    expect(formatTime(Date.UTC(2025, 0, 14, 9, 0, 5))).toBe('14 Jan 2025, 09:00:05');
  });
});
