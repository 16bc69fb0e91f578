import { describe, expect, it } from 'vitest';

import type { PostcodeField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const postcode: PostcodeField = {
  type: 'postcode',
  name: 'postcode',
  label: 'Postcode',
};

describe('postcode field', () => {
  it.each([
    ['sw21rw', 'SW2 1RW'],
    [' sy1 1ha ', 'SY1 1HA'],
    ['SW2  1RW', 'SW2 1RW'],
    ['s w 2 1 r w', 'SW2 1RW'],
    ['SE11 5AB', 'SE11 5AB'],
    ['se115ab', 'SE11 5AB'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['m1 1ae', 'M1 1AE'],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(postcode, { postcode: input })).toBe(expected);
  });

  it.each([
    ['SW2', 'Enter a full UK postcode'],
    ['ec1a', 'Enter a full UK postcode'],
    ['12345', 'Enter a real postcode'],
    ['ABC DEF', 'Enter a real postcode'],
    ['SW2 1R', 'Enter a real postcode'],
    ['SW2 1RW 1RW', 'Enter a real postcode'],
    [`SW2${' '.repeat(30)}1RW`, 'Enter a real postcode'],
    ['', 'Enter postcode'],
  ])('rejects %j with %j', (input, message) => {
    expect(errorFor(postcode, { postcode: input }).text).toBe(message);
  });
});
