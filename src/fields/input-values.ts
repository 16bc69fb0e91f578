import { kindOf } from './field-kinds.js';
import { flattenFields } from './flatten-fields.js';
import type { Answers, FieldDefinition, InputValues } from './types.js';

/**
 * Converts stored canonical answers into input values that prefill the page's
 * fields, revealed fields included: a date becomes day, month and year, money
 * becomes text such as "1234.50", a phone number its national format.
 * Answers that are missing or have the wrong shape leave their inputs empty.
 */
export function inputValuesFromAnswers(
  fields: FieldDefinition[],
  answers: Answers,
): InputValues {
  const values: InputValues = {};
  for (const field of flattenFields(fields)) {
    const value = Object.hasOwn(answers, field.name)
      ? answers[field.name]
      : undefined;
    if (value !== undefined) {
      Object.assign(values, kindOf(field).toInputValues(field, value));
    }
  }
  return values;
}
