import { describe, expect, it } from 'vitest';

import { errorNameOf } from '../../../src/fields/index.js';
import type { FieldDefinition } from '../../../src/fields/index.js';

function textField(label: string, errorName?: string): FieldDefinition {
  return { type: 'text', name: 'field', label, errorName };
}

describe('errorNameOf', () => {
  it.each([
    ['Full name', 'full name'],
    ['Date of birth', 'date of birth'],
    ['National Insurance number', 'National Insurance number'],
    ['UK address', 'UK address'],
    ['NHS number', 'NHS number'],
    ['Email address', 'email address'],
    ['  Reference', 'reference'],
  ])('lowers %j to %j', (label, expected) => {
    expect(errorNameOf(textField(label))).toBe(expected);
  });

  it('prefers errorName', () => {
    expect(errorNameOf(textField('Full name', 'your full name'))).toBe(
      'your full name',
    );
  });

  it('ignores a blank errorName', () => {
    expect(errorNameOf(textField('Full name', ' '))).toBe('full name');
  });
});
