import { describe, expect, it } from 'vitest';

import { flattenFields, validatePage } from '../../../src/fields/index.js';
import type { FieldDefinition, FormBody } from '../../../src/fields/index.js';
import { TODAY } from './check-field.js';

const page: FieldDefinition[] = [
  { type: 'fullName', name: 'fullName', label: 'Full name' },
  {
    type: 'radios',
    name: 'hasPartner',
    label: 'Do you have a partner?',
    errorName: 'yes if you have a partner',
    options: [
      {
        value: 'yes',
        text: 'Yes',
        reveals: [
          { type: 'fullName', name: 'partnerName', label: 'Partner’s full name' },
          {
            type: 'date',
            name: 'partnerDateOfBirth',
            label: 'Partner’s date of birth',
            when: 'past',
          },
        ],
      },
      { value: 'no', text: 'No' },
    ],
  },
  { type: 'postcode', name: 'postcode', label: 'Postcode' },
];

describe('validatePage', () => {
  it('lists every field in page order', () => {
    expect(flattenFields(page).map((field) => field.name)).toEqual([
      'fullName',
      'hasPartner',
      'partnerName',
      'partnerDateOfBirth',
      'postcode',
    ]);
  });

  it('reports all errors in page order', () => {
    const result = validatePage(
      page,
      { hasPartner: 'yes', 'partnerDateOfBirth-year': '80' },
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, error.text])).toEqual([
      ['fullName', 'Enter full name'],
      ['partnerName', 'Enter partner’s full name'],
      ['partnerDateOfBirth', 'Partner’s date of birth must include a day and month'],
      ['postcode', 'Enter postcode'],
    ]);
  });

  it('returns the submitted values with the errors', () => {
    const result = validatePage(
      page,
      {
        fullName: ' Ann ',
        hasPartner: 'yes',
        'partnerDateOfBirth-day': '31',
        'partnerDateOfBirth-month': 'feb',
        'partnerDateOfBirth-year': '1980',
        postcode: ['SW2 1RW', 'SW2 1RW'],
        unrelated: 'ignored',
      },
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.values).toEqual({
      fullName: ' Ann ',
      hasPartner: 'yes',
      partnerName: undefined,
      'partnerDateOfBirth-day': '31',
      'partnerDateOfBirth-month': 'feb',
      'partnerDateOfBirth-year': '1980',
      postcode: undefined,
    });
  });

  it('returns canonical answers and ignores other keys', () => {
    // JSON.parse makes "__proto__" an own key, as a JSON body parser would.
    const body = JSON.parse(
      '{"fullName": "Ann  Smith", "hasPartner": "no", "partnerName": "Old Name",' +
        ' "postcode": "sw21rw", "_csrf": "token", "__proto__": "x"}',
    ) as FormBody;
    const result = validatePage(page, body, { today: TODAY });
    expect(result).toEqual({
      ok: true,
      answers: {
        fullName: 'Ann Smith',
        hasPartner: 'no',
        partnerName: undefined,
        partnerDateOfBirth: undefined,
        postcode: 'SW2 1RW',
      },
    });
  });

  it('throws on an unknown field type', () => {
    const fields = [{ type: 'colour', name: 'colour', label: 'Colour' }];
    expect(() =>
      validatePage(fields as unknown as FieldDefinition[], {}, { today: TODAY }),
    ).toThrow('Field "colour" has unknown type "colour"');
  });
});

describe('validatePage with hostile bodies', () => {
  const everyType: FieldDefinition[] = [
    { type: 'text', name: 'text', label: 'Text', maxLength: 100 },
    { type: 'fullName', name: 'fullName', label: 'Full name' },
    { type: 'email', name: 'email', label: 'Email' },
    { type: 'phone', name: 'phone', label: 'Phone' },
    { type: 'postcode', name: 'postcode', label: 'Postcode' },
    { type: 'nationalInsuranceNumber', name: 'nino', label: 'National Insurance number' },
    { type: 'date', name: 'date', label: 'Date' },
    { type: 'money', name: 'money', label: 'Money' },
    { type: 'number', name: 'number', label: 'Number', min: 0, max: 10 },
    {
      type: 'radios',
      name: 'radios',
      label: 'Radios',
      options: [{ value: 'a', text: 'A' }],
    },
    {
      type: 'checkboxes',
      name: 'checkboxes',
      label: 'Checkboxes',
      options: [{ value: 'a', text: 'A' }],
    },
    { type: 'textarea', name: 'textarea', label: 'Textarea', maxLength: 100 },
  ];
  const inputNames = [
    'text', 'fullName', 'email', 'phone', 'postcode', 'nino',
    'date-day', 'date-month', 'date-year', 'money', 'number',
    'radios', 'checkboxes', 'textarea',
  ];
  const longText = `${'1,'.repeat(500_000)}@${'a.'.repeat(500_000)}`;

  function bodyWith(value: unknown): FormBody {
    return Object.fromEntries(inputNames.map((name) => [name, value])) as FormBody;
  }

  it.each([
    ['arrays', ['a', 'b']],
    ['arrays of non-strings', [{}, 1, null]],
    ['nested objects', { a: 'b' }],
    ['numbers', 42],
    ['null', null],
    ['very long strings', longText],
    ['control characters', '\u0000\u0001\u001b[31m\u007f\u0085'],
    ['lone surrogates', '\ud800\udfff\ud800'],
  ])('reports errors for %s without throwing', (_, value) => {
    const result = validatePage(everyType, bodyWith(value), { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.text).not.toBe('');
    }
  });

  it('reports one error per field for arrays', () => {
    const result = validatePage(everyType, bodyWith(['x', 'y']), { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(
      everyType.map((field) => field.name),
    );
  });

  it('checks 2 million characters quickly', () => {
    const started = performance.now();
    validatePage(everyType, bodyWith(longText), { today: TODAY });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
