import { describe, expect, it } from 'vitest';
import { inputValuesFromAnswers, validatePage } from '../../../src/fields/index.js';
import type { FieldDefinition } from '../../../src/fields/types.js';
import { exampleValues, invalidInput } from '../../../src/testing/field-examples.js';

const today = new Date(2026, 5, 15);

const fields: FieldDefinition[] = [
  { type: 'text', name: 'text', label: 'Text', maxLength: 5 },
  { type: 'textarea', name: 'textarea', label: 'Textarea', maxLength: 200 },
  { type: 'fullName', name: 'fullName', label: 'Full name' },
  { type: 'email', name: 'email', label: 'Email' },
  { type: 'phone', name: 'phone', label: 'Phone' },
  { type: 'postcode', name: 'postcode', label: 'Postcode' },
  { type: 'nationalInsuranceNumber', name: 'nino', label: 'NI number' },
  { type: 'date', name: 'past', label: 'Past', when: 'past' },
  { type: 'date', name: 'todayOrPast', label: 'Today or past', when: 'todayOrPast' },
  { type: 'date', name: 'future', label: 'Future', when: 'future' },
  { type: 'date', name: 'any', label: 'Any' },
  { type: 'money', name: 'money', label: 'Money', min: 0.01, max: 10_000 },
  { type: 'number', name: 'number', label: 'Number', min: 1, max: 20 },
  { type: 'radios', name: 'radios', label: 'Radios', options: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] },
  {
    type: 'checkboxes',
    name: 'checkboxes',
    label: 'Checkboxes',
    options: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }, { value: 'c', text: 'C' }],
    exclusive: { value: 'none', text: 'None' },
  },
];

describe('exampleValues', () => {
  for (const field of fields) {
    it(`gives valid ${field.name} answers`, () => {
      const values = exampleValues(field, today);
      expect(values.length).toBeGreaterThan(0);

      for (const value of values) {
        const inputs = inputValuesFromAnswers([field], { [field.name]: value });
        const validation = validatePage([field], inputs, { today });
        expect(validation, `${JSON.stringify(value)} for ${field.name}`).toEqual({ ok: true, answers: { [field.name]: value } });
      }
    });
  }

  it('gives dates either side of today as the rule allows', () => {
    const dates = (when: 'past' | 'todayOrPast' | 'future' | 'any') =>
      exampleValues({ type: 'date', name: 'd', label: 'D', when }, today) as string[];

    expect(dates('past').every((date) => date < '2026-06-15')).toBe(true);
    expect(dates('todayOrPast')).toContain('2026-06-15');
    expect(dates('future').every((date) => date > '2026-06-15')).toBe(true);
    expect(dates('any')).toEqual(expect.arrayContaining(['2026-06-15', '1996-06-01', '1956-06-01', '2026-06-29']));
  });

  it('gives amounts from the minimum up in powers of ten', () => {
    expect(exampleValues({ type: 'money', name: 'm', label: 'M', min: 0, max: 20_000 }, today)).toEqual([0, 1, 10, 100, 1_000, 10_000]);
  });

  it('tries every combination of a few checkboxes', () => {
    const values = exampleValues(fields.at(-1)!, today);

    expect(values).toHaveLength(8);
    expect(values).toContainEqual(['a', 'c']);
    expect(values.at(-1)).toEqual(['none']);
  });

  it('tries each option, each pair and all of many checkboxes', () => {
    const options = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ value, text: value }));
    const values = exampleValues({ type: 'checkboxes', name: 'c', label: 'C', options }, today);

    expect(values).toHaveLength(5 + 10 + 1);
    expect(values.at(-1)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('invalidInput', () => {
  for (const field of fields) {
    it(`fails validation of optional ${field.name}`, () => {
      const optional = { ...field, optional: true } as FieldDefinition;

      const validation = validatePage([optional], invalidInput(optional), { today });

      expect(validation.ok).toBe(false);
    });
  }
});
