import { describe, expect, it } from 'vitest';

import type { EmailField } from '../../../src/fields/index.js';
import { answerFor, errorFor } from './check-field.js';

const email: EmailField = {
  type: 'email',
  name: 'email',
  label: 'Email address',
};

const FORMAT_MESSAGE =
  'Enter an email address in the correct format, like name@example.com';

describe('email field', () => {
  it.each([
    ['name@example.com', 'name@example.com'],
    ['  name@example.com ', 'name@example.com'],
    ['Name.Surname@Example.COM', 'Name.Surname@example.com'],
    ['name+council@example.com', 'name+council@example.com'],
    ['name@mail.council.gov.uk', 'name@mail.council.gov.uk'],
    ["o'brien@example.co.uk", "o'brien@example.co.uk"],
    ['first_last-2@sub-domain.example.org', 'first_last-2@sub-domain.example.org'],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(email, { email: input })).toBe(expected);
  });

  it.each([
    'name@',
    '@example.com',
    'name@example',
    'name @example.com',
    'name@exa mple.com',
    'name@@example.com',
    'name@one@example.com',
    'name.example.com',
    'Name <name@example.com>',
    `${'a'.repeat(250)}@example.com`,
  ])('rejects %j', (input) => {
    expect(errorFor(email, { email: input }).text).toBe(FORMAT_MESSAGE);
  });

  it('asks for an address when empty', () => {
    expect(errorFor(email, { email: '' }).text).toBe('Enter email address');
  });
});
