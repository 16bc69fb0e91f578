import { describe, expect, it } from 'vitest';

import {
  formatAnswer,
  inputValuesFromAnswers,
} from '../../../src/fields/index.js';
import type { MoneyField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const rent: MoneyField = {
  type: 'money',
  name: 'rent',
  label: 'Monthly rent',
};

const FORMAT_MESSAGE =
  'Monthly rent must be an amount in pounds, like £150 or £1,234.50';

describe('money field', () => {
  it.each([
    ['£1,234.50', 1234.5],
    ['1234', 1234],
    ['1,234', 1234],
    ['£ 12.5', 12.5],
    ['0.99', 0.99],
    ['  £100 ', 100],
    ['.5', 0.5],
    ['0', 0],
    ['1,000,000', 1000000],
    ['0.1', 0.1],
    ['0.29', 0.29],
    ['123456789012.34', 123456789012.34],
  ])('accepts %j as %j', (input, expected) => {
    const answer = answerFor(rent, { rent: input });
    expect(answer).toBe(expected);
  });

  it.each([
    ['0.29', 29],
    ['1,234.56', 123456],
    ['123456789012.34', 12345678901234],
  ])('keeps pence of %j exact', (input, pence) => {
    const answer = answerFor(rent, { rent: input }) as number;
    expect(Math.round(answer * 100)).toBe(pence);
  });

  it.each([
    ['12.345', 'Monthly rent must have no more than 2 numbers after the decimal point'],
    ['1,23,4', FORMAT_MESSAGE],
    ['12,34', FORMAT_MESSAGE],
    ['1234,567', FORMAT_MESSAGE],
    ['-5', 'Monthly rent must be £0 or more'],
    ['-£5', 'Monthly rent must be £0 or more'],
    ['abc', FORMAT_MESSAGE],
    ['£', FORMAT_MESSAGE],
    ['12.', FORMAT_MESSAGE],
    ['£12£', FORMAT_MESSAGE],
    ['1e3', FORMAT_MESSAGE],
    ['$12', FORMAT_MESSAGE],
    ['12 34', FORMAT_MESSAGE],
    ['1'.repeat(60), FORMAT_MESSAGE],
    ['1000000000000', 'Monthly rent must be £999,999,999,999.99 or less'],
    ['', 'Enter monthly rent'],
  ])('rejects %j with %j', (input, message) => {
    const error = errorFor(rent, { rent: input });
    expect(error.text).toBe(message);
    expect(error.href).toBe('#rent');
  });

  describe('with limits', () => {
    const bounded: MoneyField = { ...rent, min: 10, max: 1500.5 };

    it.each([
      ['10', 10],
      ['1,500.50', 1500.5],
    ])('accepts the limit %j', (input, expected) => {
      expect(answerFor(bounded, { rent: input })).toBe(expected);
    });

    it.each(['9.99', '1500.51', '-10'])('rejects %j', (input) => {
      expect(errorFor(bounded, { rent: input }).text).toBe(
        'Monthly rent must be between £10 and £1,500.50',
      );
    });

    it('names only the limit that is set', () => {
      expect(errorFor({ ...rent, min: 5 }, { rent: '4' }).text).toBe(
        'Monthly rent must be £5 or more',
      );
      expect(errorFor({ ...rent, max: 2000 }, { rent: '2000.01' }).text).toBe(
        'Monthly rent must be £2,000 or less',
      );
    });
  });

  it.each([
    [1234.5, '£1,234.50'],
    [100, '£100'],
    [0.99, '£0.99'],
    [0, '£0'],
    [1000000, '£1,000,000'],
  ])('formats %j as %j', (value, text) => {
    expect(formatAnswer(rent, value)).toBe(text);
  });

  it.each([
    [1234.5, '1234.50'],
    [100, '100'],
    [0.1, '0.10'],
  ])('prefills %j as %j', (value, text) => {
    expect(inputValuesFromAnswers([rent], { rent: value })).toEqual({
      rent: text,
    });
  });
});
