import { describe, expect, it } from 'vitest';

import type { FullNameField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const fullName: FullNameField = {
  type: 'fullName',
  name: 'fullName',
  label: 'Full name',
};

describe('full name field', () => {
  it.each([
    ["Siân O'Brien-Smith", "Siân O'Brien-Smith"],
    ['José Ñúñez', 'José Ñúñez'],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
    ['X Æ A-12', 'X Æ A-12'],
    ['  Mary   Jane\tWatson  ', 'Mary Jane Watson'],
    ['Prince', 'Prince'],
    ['李小龍', '李小龍'],
    ['محمد علي', 'محمد علي'],
    // "e" followed by a combining acute accent becomes the single letter é.
    ['Rene\u0301e', 'Renée'],
    ['a'.repeat(100), 'a'.repeat(100)],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(fullName, { fullName: input })).toBe(expected);
  });

  it.each([
    ['', 'Enter full name'],
    [' \t ', 'Enter full name'],
    ['a'.repeat(101), 'Full name must be 100 characters or less'],
  ])('rejects %j with %j', (input, message) => {
    expect(errorFor(fullName, { fullName: input }).text).toBe(message);
  });

  it('counts the limit after collapsing spaces', () => {
    const padded = `${'a'.repeat(50)}     ${'b'.repeat(49)}`;
    expect(answerFor(fullName, { fullName: padded })).toHaveLength(100);
  });

  it('applies an author limit', () => {
    const short: FullNameField = { ...fullName, maxLength: 5 };
    expect(errorFor(short, { fullName: 'Abcdef' }).text).toBe(
      'Full name must be 5 characters or less',
    );
  });
});
