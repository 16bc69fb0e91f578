import { describe, expect, it } from 'vitest';

import {
  formatAnswer,
  inputValuesFromAnswers,
  validatePage,
} from '../../../src/fields/index.js';
import type {
  Answers,
  FieldDefinition,
  FormBody,
} from '../../../src/fields/index.js';
import { TODAY } from './check-field.js';

const page: FieldDefinition[] = [
  { type: 'text', name: 'reference', label: 'Reference' },
  { type: 'fullName', name: 'fullName', label: 'Full name' },
  { type: 'email', name: 'email', label: 'Email address' },
  { type: 'phone', name: 'phone', label: 'Phone number' },
  { type: 'postcode', name: 'postcode', label: 'Postcode' },
  { type: 'nationalInsuranceNumber', name: 'nino', label: 'National Insurance number' },
  { type: 'date', name: 'dateOfBirth', label: 'Date of birth', when: 'past' },
  { type: 'money', name: 'rent', label: 'Rent' },
  { type: 'number', name: 'people', label: 'People', min: 1, max: 10 },
  {
    type: 'radios',
    name: 'tenure',
    label: 'Tenure',
    options: [
      {
        value: 'rent',
        text: 'Rent',
        reveals: [{ type: 'text', name: 'landlord', label: 'Landlord' }],
      },
      { value: 'own', text: 'Own' },
    ],
  },
  {
    type: 'checkboxes',
    name: 'pets',
    label: 'Pets',
    options: [
      { value: 'cat', text: 'Cat' },
      { value: 'dog', text: 'Dog' },
    ],
  },
  { type: 'textarea', name: 'notes', label: 'Notes', maxLength: 200 },
];

const answers: Answers = {
  reference: 'REF-1',
  fullName: 'Siân O’Brien',
  email: 'name@example.com',
  phone: '+447700900982',
  postcode: 'SW2 1RW',
  nino: 'AB123456C',
  dateOfBirth: '1958-03-01',
  rent: 1234.5,
  people: 3,
  tenure: 'rent',
  landlord: 'Lambeth Homes',
  pets: ['cat', 'dog'],
  notes: 'First line\nSecond line',
};

describe('inputValuesFromAnswers', () => {
  it('converts every type into input values', () => {
    expect(inputValuesFromAnswers(page, answers)).toEqual({
      reference: 'REF-1',
      fullName: 'Siân O’Brien',
      email: 'name@example.com',
      phone: '07700 900982',
      postcode: 'SW2 1RW',
      nino: 'AB 12 34 56 C',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '1958',
      rent: '1234.50',
      people: '3',
      tenure: 'rent',
      landlord: 'Lambeth Homes',
      pets: ['cat', 'dog'],
      notes: 'First line\nSecond line',
    });
  });

  it('gives back the same answers when submitted again', () => {
    const values = inputValuesFromAnswers(page, answers) as FormBody;
    expect(validatePage(page, values, { today: TODAY })).toEqual({
      ok: true,
      answers,
    });
  });

  it.each([
    ['dateOfBirth', 'not a date'],
    ['dateOfBirth', '2023-02-29'],
    ['rent', 'lots'],
    ['people', 'three'],
    ['pets', 'cat'],
    ['nino', 7],
  ])('leaves inputs empty for %s stored as %j', (name, value) => {
    expect(inputValuesFromAnswers(page, { [name]: value })).toEqual({});
  });

  it('skips missing answers', () => {
    expect(inputValuesFromAnswers(page, { reference: undefined })).toEqual({});
  });
});

describe('formatAnswer', () => {
  it.each([
    ['reference', 'REF-1'],
    ['fullName', 'Siân O’Brien'],
    ['email', 'name@example.com'],
    ['phone', '07700 900982'],
    ['postcode', 'SW2 1RW'],
    ['nino', 'AB 12 34 56 C'],
    ['dateOfBirth', '1 March 1958'],
    ['rent', '£1,234.50'],
    ['people', '3'],
    ['tenure', 'Rent'],
    ['landlord', 'Lambeth Homes'],
    ['pets', 'Cat\nDog'],
    ['notes', 'First line\nSecond line'],
  ])('formats %s as %j', (name, text) => {
    const field = page
      .flatMap((candidate) =>
        candidate.type === 'radios'
          ? [candidate, ...candidate.options.flatMap((option) => option.reveals ?? [])]
          : [candidate],
      )
      .find((candidate) => candidate.name === name) as FieldDefinition;
    expect(formatAnswer(field, answers[name])).toBe(text);
  });

  it('returns an empty string for no answer', () => {
    expect(formatAnswer(page[0] as FieldDefinition, undefined)).toBe('');
  });
});
