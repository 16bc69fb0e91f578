import { describe, expect, it } from 'vitest';

import type { TextField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const reference: TextField = {
  type: 'text',
  name: 'reference',
  label: 'Reference number',
  maxLength: 10,
};

describe('text field', () => {
  it.each([
    ['ABC-123', 'ABC-123'],
    ['  padded  ', 'padded'],
    ['<b>&"\'', '<b>&"\''],
    ['日本語テキスト', '日本語テキスト'],
    ['😀 smile', '😀 smile'],
    ['a\u0000b', 'a b'],
    ['1234567890', '1234567890'],
    ['\u200bABC\ufeff', 'ABC'],
    ['a\u200db', 'a\u200db'],
    ['👩\u200d💻', '👩\u200d💻'],
    ['I \u2764\ufe0f', 'I \u2764\ufe0f'],
    ['\u200fABC', '\u200fABC'],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(reference, { reference: input })).toBe(expected);
  });

  it.each([
    [undefined, 'Enter reference number'],
    ['', 'Enter reference number'],
    ['   ', 'Enter reference number'],
    ['\u200b\u200c\u200d', 'Enter reference number'],
    [' \u2060\ufeff ', 'Enter reference number'],
    ['\u200e\u200f\u202e\u2063', 'Enter reference number'],
    ['\u3164\u00ad\u034f\u180e\u115f\ufe0f', 'Enter reference number'],
    ['\u{e0020}\u{e0020}', 'Enter reference number'],
    [['one', 'two'], 'Enter reference number'],
    ['12345678901', 'Reference number must be 10 characters or less'],
  ])('rejects %j with %j', (input, message) => {
    const error = errorFor(reference, { reference: input });
    expect(error.text).toBe(message);
    expect(error.href).toBe('#reference');
    expect(error.field).toBe('reference');
  });

  it('leaves an optional empty field unanswered', () => {
    expect(answerFor({ ...reference, optional: true }, { reference: ' ' })).toBeUndefined();
  });

  it('uses errorName and message overrides', () => {
    const field: TextField = {
      ...reference,
      errorName: 'your reference number',
      messages: { tooLong: 'Reference numbers are 10 characters or less' },
    };
    expect(errorFor(field, {}).text).toBe('Enter your reference number');
    expect(errorFor(field, { reference: 'x'.repeat(11) }).text).toBe(
      'Reference numbers are 10 characters or less',
    );
  });
});
