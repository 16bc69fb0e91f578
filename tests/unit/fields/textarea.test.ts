import { describe, expect, it } from 'vitest';

import { formatAnswer } from '../../../src/fields/index.js';
import type { TextareaField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const details: TextareaField = {
  type: 'textarea',
  name: 'details',
  label: 'Describe the problem',
  errorName: 'a description of the problem',
  maxLength: 20,
};

describe('textarea field', () => {
  it.each([
    ['Leaking roof', 'Leaking roof'],
    ['line one\r\nline two', 'line one\nline two'],
    ['line one\rline two', 'line one\nline two'],
    ['\n\n  indented\n\n', 'indented'],
    ['a\tb', 'a\tb'],
    ['bell\u0007 removed', 'bell removed'],
    // 18 letters and a "\r\n" counted as one "\n": 19 characters.
    [`${'a'.repeat(9)}\r\n${'b'.repeat(9)}`, `${'a'.repeat(9)}\n${'b'.repeat(9)}`],
    ['x'.repeat(20), 'x'.repeat(20)],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(details, { details: input })).toBe(expected);
  });

  it.each([
    ['', 'Enter a description of the problem'],
    ['\r\n\r\n', 'Enter a description of the problem'],
    ['x'.repeat(21), 'A description of the problem must be 20 characters or less'],
    [
      `${'a'.repeat(10)}\r\n${'b'.repeat(10)}`,
      'A description of the problem must be 20 characters or less',
    ],
  ])('rejects %j with %j', (input, message) => {
    expect(errorFor(details, { details: input }).text).toBe(message);
  });

  it('leaves an optional empty textarea unanswered', () => {
    expect(answerFor({ ...details, optional: true }, { details: '' })).toBeUndefined();
  });

  it('formats as typed', () => {
    expect(formatAnswer(details, 'one\ntwo')).toBe('one\ntwo');
  });
});
