import { describe, expect, it } from 'vitest';

import {
  formatAnswer,
  inputValuesFromAnswers,
} from '../../../src/fields/index.js';
import type { NumberField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const people: NumberField = {
  type: 'number',
  name: 'people',
  label: 'Number of people',
  min: 0,
  max: 20,
};

describe('whole number field', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['0', 0],
    ['20', 20],
    ['007', 7],
    ['-0', 0],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(people, { people: input })).toBe(expected);
  });

  it.each([
    ['2.5', 'Number of people must be a whole number'],
    ['.5', 'Number of people must be a whole number'],
    ['three', 'Number of people must be a number'],
    ['1e1', 'Number of people must be a number'],
    ['3 4', 'Number of people must be a number'],
    ['0x10', 'Number of people must be a number'],
    ['-1', 'Number of people must be between 0 and 20'],
    ['21', 'Number of people must be between 0 and 20'],
    ['9'.repeat(40), 'Number of people must be a number'],
    ['', 'Enter number of people'],
  ])('rejects %j with %j', (input, message) => {
    const error = errorFor(people, { people: input });
    expect(error.text).toBe(message);
    expect(error.href).toBe('#people');
  });

  it('formats limits and accepts thousands commas', () => {
    const big: NumberField = { ...people, min: 1, max: 10000 };
    expect(answerFor(big, { people: '1,200' })).toBe(1200);
    expect(errorFor(big, { people: '10,001' }).text).toBe(
      'Number of people must be between 1 and 10,000',
    );
  });

  it('uses the belowMin and aboveMax overrides', () => {
    const field: NumberField = {
      ...people,
      messages: {
        belowMin: 'Number of people cannot be negative',
        aboveMax: 'Call us if more than 20 people live with you',
      },
    };
    expect(errorFor(field, { people: '-1' }).text).toBe(
      'Number of people cannot be negative',
    );
    expect(errorFor(field, { people: '21' }).text).toBe(
      'Call us if more than 20 people live with you',
    );
  });

  it('formats and prefills', () => {
    expect(formatAnswer(people, 12)).toBe('12');
    expect(formatAnswer({ ...people, max: 1e6 }, 12000)).toBe('12,000');
    expect(inputValuesFromAnswers([people], { people: 12 })).toEqual({
      people: '12',
    });
  });
});
