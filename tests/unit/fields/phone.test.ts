import { describe, expect, it } from 'vitest';

import { formatAnswer } from '../../../src/fields/index.js';
import type { PhoneField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const phone: PhoneField = {
  type: 'phone',
  name: 'phone',
  label: 'Phone number',
};

const INVALID_MESSAGE =
  'Enter a UK phone number, like 01632 960 001 or 07700 900 982';
const NOT_UK_MESSAGE = 'Enter a UK phone number, starting with 0 or +44';

describe('phone field', () => {
  it.each([
    ['01632 960 001', '+441632960001', '01632 960001'],
    ['07700 900 982', '+447700900982', '07700 900982'],
    ['07700900982', '+447700900982', '07700 900982'],
    ['+44 7700 900982', '+447700900982', '07700 900982'],
    ['+44 (0)7700 900 982', '+447700900982', '07700 900982'],
    ['0044 7700 900982', '+447700900982', '07700 900982'],
    ['(01632) 960001', '+441632960001', '01632 960001'],
    ['020 7946 0000', '+442079460000', '020 7946 0000'],
    ['0115 496 0123', '+441154960123', '0115 496 0123'],
    ['0808 157 0192', '+448081570192', '0808 157 0192'],
    ['07700-900-982', '+447700900982', '07700 900982'],
    ['0161.496.0000', '+441614960000', '0161 496 0000'],
  ])('accepts %j as %j', (input, expected, shown) => {
    const answer = answerFor(phone, { phone: input });
    expect(answer).toBe(expected);
    expect(formatAnswer(phone, answer)).toBe(shown);
  });

  it.each([
    ['07700 900 98x', INVALID_MESSAGE],
    ['phone me', INVALID_MESSAGE],
    ['020 7946 0000 ext 12', INVALID_MESSAGE],
    ['0770090098', INVALID_MESSAGE],
    ['999', INVALID_MESSAGE],
    ['077009009822', INVALID_MESSAGE],
    ['0207 946 0000 0000', INVALID_MESSAGE],
    ['07700 9+00982', INVALID_MESSAGE],
    ['1'.repeat(200), INVALID_MESSAGE],
    ['+1 202 555 0143', NOT_UK_MESSAGE],
    ['+353 1 234 5678', NOT_UK_MESSAGE],
    ['00353 1 234 5678', NOT_UK_MESSAGE],
    ['', 'Enter phone number'],
  ])('rejects %j with %j', (input, message) => {
    expect(errorFor(phone, { phone: input }).text).toBe(message);
  });
});
