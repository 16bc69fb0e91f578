import { describe, expect, it } from 'vitest';

import {
  formatAnswer,
  validatePage,
} from '../../../src/fields/index.js';
import type { RadiosField } from '../../../src/fields/index.js';
import { answerFor, errorFor, TODAY } from './check-field.js';

const contact: RadiosField = {
  type: 'radios',
  name: 'contactBy',
  label: 'How should we contact you?',
  errorName: 'how we should contact you',
  options: [
    {
      value: 'email',
      text: 'Email',
      reveals: [{ type: 'email', name: 'email', label: 'Email address' }],
    },
    {
      value: 'phone',
      text: 'Phone',
      reveals: [{ type: 'phone', name: 'phone', label: 'Phone number' }],
    },
    { value: 'post', text: 'Post' },
  ],
};

const REQUIRED = 'Select how we should contact you';

describe('radios field', () => {
  it.each([
    ['post', 'post'],
    [' post ', 'post'],
  ])('accepts %j as %j', (input, expected) => {
    expect(answerFor(contact, { contactBy: input })).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['fax'],
    ['EMAIL'],
    [['email', 'phone']],
    ['__proto__'],
  ])('rejects %j with the select message', (input) => {
    const result = validatePage([contact], { contactBy: input }, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'contactBy', text: REQUIRED, href: '#contactBy' },
    ]);
  });

  it('validates fields revealed by the chosen option', () => {
    const result = validatePage(
      [contact],
      { contactBy: 'email', email: 'name@', phone: 'not a number' },
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(['email']);
  });

  it('discards fields revealed by options not chosen', () => {
    const result = validatePage(
      [contact],
      { contactBy: 'phone', email: 'name@', phone: '07700 900982' },
      { today: TODAY },
    );
    expect(result).toEqual({
      ok: true,
      answers: { contactBy: 'phone', email: undefined, phone: '+447700900982' },
    });
    if (!result.ok) return;
    expect(Object.keys(result.answers)).toContain('email');
  });

  it('checks no revealed field when nothing is chosen', () => {
    const result = validatePage([contact], { email: 'name@' }, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(['contactBy']);
  });

  it('requires a revealed field of the chosen option', () => {
    const optional: RadiosField = { ...contact, optional: true };
    const result = validatePage(
      [optional],
      { contactBy: 'email', email: '' },
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'email', text: 'Enter email address', href: '#email' },
    ]);
  });

  it('leaves an optional empty radios unanswered', () => {
    const optional: RadiosField = { ...contact, optional: true };
    const result = validatePage([optional], {}, { today: TODAY });
    expect(result).toEqual({
      ok: true,
      answers: { contactBy: undefined, email: undefined, phone: undefined },
    });
  });

  it('uses errorName when it is set and the label otherwise', () => {
    const plain: RadiosField = {
      type: 'radios',
      name: 'tenure',
      label: 'Tenure',
      options: [{ value: 'own', text: 'Own' }],
    };
    expect(errorFor(plain, {}).text).toBe('Select tenure');
  });

  it('formats the option text', () => {
    expect(formatAnswer(contact, 'post')).toBe('Post');
    expect(formatAnswer(contact, 'removed-option')).toBe('removed-option');
  });
});
