/** Helpers that validate a page holding one field. */
import { expect } from 'vitest';

import { validatePage } from '../../../src/fields/index.js';
import type {
  AnswerValue,
  FieldDefinition,
  FieldError,
  FormBody,
} from '../../../src/fields/index.js';

/** 15 June 2025, 00:30 local time: "today" for past and future rules. */
export const TODAY = new Date(2025, 5, 15, 0, 30);

/** Validates `body` against a page with only `field` and returns its answer, failing the test on errors. */
export function answerFor(
  field: FieldDefinition,
  body: FormBody,
  today: Date = TODAY,
): AnswerValue | undefined {
  const result = validatePage([field], body, { today });
  if (!result.ok) {
    expect.fail(`expected no errors, got ${JSON.stringify(result.errors)}`);
  }
  expect(Object.keys(result.answers)).toContain(field.name);
  return result.answers[field.name];
}

/** Validates `body` against a page with only `field` and returns its one error, failing the test if it passes. */
export function errorFor(
  field: FieldDefinition,
  body: FormBody,
  today: Date = TODAY,
): FieldError {
  const result = validatePage([field], body, { today });
  if (result.ok) {
    expect.fail(`expected an error, got ${JSON.stringify(result.answers)}`);
  }
  expect(result.errors).toHaveLength(1);
  return result.errors[0] as FieldError;
}
