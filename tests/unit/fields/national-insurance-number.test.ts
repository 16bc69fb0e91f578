import { describe, expect, it } from 'vitest';

import { formatAnswer } from '../../../src/fields/index.js';
import type { NationalInsuranceNumberField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const nino: NationalInsuranceNumberField = {
  type: 'nationalInsuranceNumber',
  name: 'nationalInsuranceNumber',
  label: 'National Insurance number',
};

const FORMAT_MESSAGE =
  'Enter a National Insurance number in the correct format, like QQ 12 34 56 C';

function answer(input: string) {
  return answerFor(nino, { nationalInsuranceNumber: input });
}

function message(input: string) {
  return errorFor(nino, { nationalInsuranceNumber: input }).text;
}

describe('National Insurance number field', () => {
  it.each([
    ['AB123456c', 'AB123456C'],
    ['ab 12 34 56 c', 'AB123456C'],
    ['AB-12-34-56-C', 'AB123456C'],
    ['ab.123456.c', 'AB123456C'],
    ['ＡＢ １２ ３４ ５６ Ｃ', 'AB123456C'],
    ['AB\u200b123456C', 'AB123456C'],
    [' JG 10 30 75 D ', 'JG103075D'],
    ['ZY123456A', 'ZY123456A'],
    ['TA123456B', 'TA123456B'],
  ])('accepts %j as %j', (input, expected) => {
    expect(answer(input)).toBe(expected);
  });

  it.each(['D', 'F', 'I', 'Q', 'U', 'V'])(
    'rejects first letter %s',
    (letter) => {
      expect(message(`${letter}A123456C`)).toBe(FORMAT_MESSAGE);
    },
  );

  it.each(['D', 'F', 'I', 'O', 'Q', 'U', 'V'])(
    'rejects second letter %s',
    (letter) => {
      expect(message(`A${letter}123456C`)).toBe(FORMAT_MESSAGE);
    },
  );

  it.each(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])(
    'rejects unallocated prefix %s',
    (prefix) => {
      expect(message(`${prefix}123456C`)).toBe(FORMAT_MESSAGE);
    },
  );

  it.each([
    ['AB123456', 'missing suffix'],
    ['AB123456E', 'suffix after D'],
    ['AB123456 Z', 'suffix after D'],
    ['AB12345C', 'five digits'],
    ['AB1234567C', 'seven digits'],
    ['A123456C', 'one prefix letter'],
    ['12AB3456C', 'digits first'],
  ])('rejects %j (%s)', (input) => {
    expect(message(input)).toBe(FORMAT_MESSAGE);
  });

  it.each(['QQ 12 34 56 C', 'qq123456c', 'QQ123456A', 'ＱＱ １２ ３４ ５６ Ｃ', 'QQ\u200b12 34 56 C'])('names the example for %j', (input) => {
    expect(message(input)).toBe('Enter National Insurance number, not the example QQ 12 34 56 C');
  });

  it('keeps the label capitals in the empty message', () => {
    expect(message('')).toBe('Enter National Insurance number');
  });

  it('formats in pairs', () => {
    expect(formatAnswer(nino, 'AB123456C')).toBe('AB 12 34 56 C');
  });
});
