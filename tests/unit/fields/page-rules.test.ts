import { describe, expect, it } from 'vitest';

import { validatePage } from '../../../src/fields/index.js';
import type {
  FieldDefinition,
  ValidationOptions,
} from '../../../src/fields/index.js';
import { TODAY } from './check-field.js';

const contactFields: FieldDefinition[] = [
  { type: 'email', name: 'email', label: 'Email address', optional: true },
  { type: 'phone', name: 'phone', label: 'Phone number', optional: true },
];

const options: ValidationOptions = {
  today: TODAY,
  rules: [
    {
      kind: 'oneOf',
      fields: ['email', 'phone'],
      message: 'Enter an email address or a phone number',
    },
  ],
};

describe('oneOf page rule', () => {
  it.each([
    [{ email: 'name@example.com' }, { email: 'name@example.com', phone: undefined }],
    [{ phone: '07700 900982' }, { email: undefined, phone: '+447700900982' }],
    [
      { email: 'name@example.com', phone: '07700 900982' },
      { email: 'name@example.com', phone: '+447700900982' },
    ],
  ])('accepts %j', (body, answers) => {
    expect(validatePage(contactFields, body, options)).toEqual({
      ok: true,
      answers,
    });
  });

  it.each([[{}], [{ email: ' ', phone: '' }], [{ email: '\t', phone: '\u0000' }]])(
    'rejects %j on the first listed field',
    (body) => {
      const result = validatePage(contactFields, body, options);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toEqual([
        {
          field: 'email',
          text: 'Enter an email address or a phone number',
          href: '#email',
        },
      ]);
    },
  );

  it('leaves a field with input to its own check', () => {
    const result = validatePage(contactFields, { email: 'name@' }, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.text).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
  });

  it('places its error in page order', () => {
    const fields: FieldDefinition[] = [
      { type: 'fullName', name: 'fullName', label: 'Full name' },
      ...contactFields,
    ];
    const rules: ValidationOptions = {
      ...options,
      rules: [{ ...options.rules![0]!, fields: ['phone', 'email'] }],
    };
    const result = validatePage(fields, {}, rules);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      'fullName',
      'phone',
    ]);
  });

  it('links a date rule error to the day input', () => {
    const fields: FieldDefinition[] = [
      { type: 'date', name: 'moveDate', label: 'Moving date', optional: true },
      { type: 'text', name: 'reason', label: 'Reason', optional: true },
    ];
    const result = validatePage(fields, {}, {
      today: TODAY,
      rules: [{ kind: 'oneOf', fields: ['moveDate', 'reason'], message: 'Enter a moving date or a reason' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.href).toBe('#moveDate-day');
  });

  it('throws when a rule names a field not on the page', () => {
    expect(() =>
      validatePage(contactFields, {}, {
        today: TODAY,
        rules: [{ kind: 'oneOf', fields: ['mobile'], message: 'Enter a number' }],
      }),
    ).toThrow('Page rule oneOf names "mobile", which is not a field of this page');
  });
});
